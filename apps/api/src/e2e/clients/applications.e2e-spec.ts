import { fixedClock } from '@lavterskel/kernel';
import { DEFAULT_APPLICATION_RATE_LIMIT } from '@lavterskel/clients/nest';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { OSLO, auditRows, bearer, identifiedClient, staffToken } from './clients-fixtures';

/** The public form's answer for one applicant. */
const form = (overrides: Record<string, unknown> = {}) => ({
  municipality: '4003',
  name: 'Tom',
  phone: '+47 900 00 000',
  helpWanted: 'Jeg vil slutte å ruse meg.',
  ...overrides,
});

describe('simple application and intake (CL-2)', () => {
  const clock = fixedClock('2026-11-23T08:00:00Z');
  let api: TestApp;
  let anne: string;
  let ola: string;
  let oslo: string;

  beforeAll(async () => {
    api = await startTestApp({ clock });
    anne = await staffToken(api, 'nurse-anne');
    ola = await staffToken(api, 'nurse-ola');
    oslo = await staffToken(api, 'nurse-anne', { tenant: OSLO });
  });
  afterAll(() => api.close());

  const applications = async () =>
    Number((await api.db.dataSource.query('SELECT count(*) FROM clients.application'))[0].count);
  const submit = (body: Record<string, unknown>) => api.http().post('/v1/applications').send(body);
  /** Submits at 08:00 UTC, then moves the clock to 10:00 UTC, after the default intake (09:30 UTC). */
  const submitBeforeIntake = async (body: Record<string, unknown>): Promise<string> => {
    clock.set('2026-11-23T08:00:00Z');
    const id = (await submit(body).expect(201)).body.receiptId;
    clock.set('2026-11-23T10:00:00Z');
    return id;
  };
  const intake = (overrides: Record<string, unknown> = {}) => ({
    occurredAt: '2026-11-23T10:30:00+01:00',
    channel: 'phone',
    durationMinutes: 40,
    topics: ['substance-use'],
    ...overrides,
  });

  describe('POST /v1/applications (public)', () => {
    it('takes an application without an account and answers only a receipt, audited', async () => {
      const response = await submit(form({ urgency: { pregnant: true } })).expect(201);
      expect(response.body).toEqual({
        receiptId: expect.any(String),
        receivedAt: '2026-11-23T08:00:00.000Z',
      });
      const row = (
        await api.db.dataSource.query(
          'SELECT tenant_id, urgent, status FROM clients.application WHERE id = $1',
          [response.body.receiptId],
        )
      )[0];
      expect(row).toEqual({ tenant_id: '4003', urgent: true, status: 'received' });
      expect(
        await auditRows(api, {
          resourceType: 'application',
          actorSubject: 'public-application-form',
        }),
      ).toContainEqual(
        expect.objectContaining({
          action: 'create',
          resource_id: response.body.receiptId,
          tenant_id: '4003',
        }),
      );
    });

    it.each([
      ['a missing municipality', { municipality: undefined }, 'municipality', 'isString'],
      [
        'a municipality that is not a kommunenummer',
        { municipality: '0000' },
        'municipality',
        'kommunenummer',
      ],
      ['neither phone nor meeting place', { phone: undefined }, 'phone', 'phone-or-meeting-place'],
      ['a phone that is not a number', { phone: 'ring meg' }, 'phone', 'phone-number'],
      ['an oversized text', { helpWanted: 'x'.repeat(2001) }, 'helpWanted', 'maxLength'],
      [
        'an urgency answer that is not yes/no',
        { urgency: { acuteDetox: 'maybe' } },
        'urgency.acuteDetox',
        'isBoolean',
      ],
      ['an unknown property', { nationalId: '02013299997' }, 'nationalId', 'unknown-property'],
    ])(
      'refuses %s with 400 naming the field and rule, saving nothing',
      async (_, change, field, rule) => {
        const before = await applications();
        const response = await submit(form(change)).expect(400);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body.errors).toEqual(
          expect.arrayContaining([expect.objectContaining({ field, rule })]),
        );
        expect(await applications()).toBe(before);
      },
    );
  });

  describe('staff: queue, triage, conversion, closure', () => {
    it('lists the queue of the caller’s municipality, urgent first, and reads one with an ETag', async () => {
      const normal = (await submit(form({ name: 'Queue normal' })).expect(201)).body.receiptId;
      const urgent = (
        await submit(form({ name: 'Queue urgent', urgency: { acuteDetox: true } })).expect(201)
      ).body.receiptId;
      const osloOnly = (await submit(form({ municipality: OSLO, name: 'Queue Oslo' })).expect(201))
        .body.receiptId;

      const queue = await api
        .http()
        .get('/v1/applications?status=received')
        .set(bearer(anne))
        .expect(200);
      const ids = queue.body.items.map((item: { id: string }) => item.id);
      expect(ids.indexOf(urgent)).toBeLessThan(ids.indexOf(normal));
      expect(ids).not.toContain(osloOnly);
      expect(
        (
          await api.http().get('/v1/applications?urgent=true').set(bearer(anne)).expect(200)
        ).body.items.every((item: { urgent: boolean }) => item.urgent),
      ).toBe(true);
      expect(
        await auditRows(api, { resourceType: 'application', actorSubject: 'nurse-anne' }),
      ).toContainEqual(expect.objectContaining({ action: 'search' }));

      const read = await api.http().get(`/v1/applications/${normal}`).set(bearer(anne)).expect(200);
      expect(read.body).toMatchObject({
        id: normal,
        name: 'Queue normal',
        status: 'received',
        urgent: false,
        triage: null,
        version: 1,
      });
      expect(read.headers['etag']).toBe('"1"');
      await api.http().get(`/v1/applications/${normal}`).set(bearer(oslo)).expect(404);
      await api.http().get(`/v1/applications/${osloOnly}`).set(bearer(anne)).expect(404);
      const officer = await staffToken(api, 'officer-kari', { roles: ['privacy-officer'] });
      await api.http().get('/v1/applications').set(bearer(officer)).expect(403);
      await api.http().get('/v1/applications').expect(401);
      const badQuery = await api
        .http()
        .get('/v1/applications?status=lost&urgent=perhaps')
        .set(bearer(anne))
        .expect(400);
      expect(badQuery.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'status', rule: 'isIn' }),
          expect.objectContaining({ field: 'urgent', rule: 'isBoolean' }),
        ]),
      );
    });

    it('triages under If-Match: staff’s assessment decides urgency', async () => {
      const id = (await submit(form({ urgency: { acuteDetox: true } })).expect(201)).body.receiptId;
      const triage = {
        acuteDetox: false,
        pregnancy: false,
        coercionAssessment: false,
        note: 'Called back: not acute',
      };
      await api
        .http()
        .put(`/v1/applications/${id}/triage`)
        .set(bearer(anne))
        .send(triage)
        .expect(428);
      const triaged = await api
        .http()
        .put(`/v1/applications/${id}/triage`)
        .set(bearer(anne))
        .set('If-Match', '"1"')
        .send(triage)
        .expect(200);
      expect(triaged.body).toMatchObject({
        status: 'triaged',
        urgent: false,
        version: 2,
        triage: { triagedBy: 'nurse-anne', note: 'Called back: not acute' },
      });
      expect(triaged.headers['etag']).toBe('"2"');
      await api
        .http()
        .put(`/v1/applications/${id}/triage`)
        .set(bearer(anne))
        .set('If-Match', '"1"')
        .send(triage)
        .expect(412);
      const invalid = await api
        .http()
        .put(`/v1/applications/${id}/triage`)
        .set(bearer(anne))
        .set('If-Match', '"2"')
        .send({ acuteDetox: 'yes' })
        .expect(400);
      expect(invalid.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'acuteDetox', rule: 'isBoolean' }),
          expect.objectContaining({ field: 'pregnancy' }),
        ]),
      );
      await api
        .http()
        .put(`/v1/applications/${id}/triage`)
        .set(bearer(oslo))
        .set('If-Match', '"2"')
        .send(triage)
        .expect(404);
      expect(
        await auditRows(api, { resourceType: 'application', actorSubject: 'nurse-anne' }),
      ).toContainEqual(expect.objectContaining({ action: 'update', resource_id: id }));
    });

    it('converts into a client with the intake conversation and records the first contact', async () => {
      const id = await submitBeforeIntake(form({ name: 'Convertible' }));
      const response = await api
        .http()
        .post(`/v1/applications/${id}/conversion`)
        .set(bearer(anne))
        .send({
          client: identifiedClient({ backupContact: 'nurse-ola' }),
          intake: intake({ occurredAt: '2026-11-23T09:35:00+01:00' }),
        })
        .expect(201);
      const { client, application, intake: encounter } = response.body;
      expect(response.headers['location']).toBe(`/v1/clients/${client.id}`);
      expect(client).toMatchObject({
        status: 'applicant',
        applicationId: id,
        primaryContact: 'nurse-anne',
        backupContact: 'nurse-ola',
      });
      expect(application).toMatchObject({
        status: 'converted',
        clientId: client.id,
        firstContactAt: '2026-11-23T08:35:00.000Z',
        minutesToFirstContact: 35,
      });
      expect(encounter).toMatchObject({
        intake: true,
        outcome: 'attended',
        channel: 'phone',
        durationMinutes: 40,
        clientId: client.id,
      });

      const log = await api
        .http()
        .get(`/v1/clients/${client.id}/encounters`)
        .set(bearer(anne))
        .expect(200);
      expect(log.body.items).toEqual([expect.objectContaining({ id: encounter.id, intake: true })]);
      expect(
        (await auditRows(api, { clientId: client.id })).map(
          (row) => `${row.action}:${row.resource_type}`,
        ),
      ).toEqual(
        expect.arrayContaining(['create:client', 'create:encounter', 'update:application']),
      );

      const again = await api
        .http()
        .post(`/v1/applications/${id}/conversion`)
        .set(bearer(anne))
        .send({ client: identifiedClient(), intake: intake() })
        .expect(409);
      expect(again.body).toMatchObject({ code: 'clients.application-not-open', status: 409 });
      await api
        .http()
        .put(`/v1/applications/${id}/triage`)
        .set(bearer(anne))
        .set('If-Match', '"2"')
        .send({ acuteDetox: true, pregnancy: false, coercionAssessment: false })
        .expect(409);
    });

    it('converts once when five staff convert the same application at once', async () => {
      const id = await submitBeforeIntake(form({ name: 'Raced' }));
      const responses = await Promise.all(
        Array.from({ length: 5 }, () =>
          api
            .http()
            .post(`/v1/applications/${id}/conversion`)
            .set(bearer(anne))
            .send({ client: identifiedClient(), intake: intake() }),
        ),
      );
      expect(responses.map((response) => response.status).sort()).toEqual([
        201, 409, 409, 409, 409,
      ]);
      const clients = await api.db.dataSource.query(
        'SELECT count(*) FROM clients.client WHERE application_id = $1',
        [id],
      );
      expect(Number(clients[0].count)).toBe(1);
      const intakes = await api.db.dataSource.query(
        'SELECT count(*) FROM clients.encounter e JOIN clients.client c ON c.id = e.client_id WHERE c.application_id = $1',
        [id],
      );
      expect(Number(intakes[0].count)).toBe(1);
    });

    it('refuses an invalid conversion with 400 naming the field, saving nothing', async () => {
      const id = await submitBeforeIntake(form({ name: 'Invalid conversion' }));
      const cases: [Record<string, unknown>, string, string][] = [
        [
          {
            client: identifiedClient(),
            intake: intake({ occurredAt: '2026-11-23T07:00:00+01:00' }),
          },
          'intake.occurredAt',
          'after-application',
        ],
        [
          { client: identifiedClient(), intake: intake({ channel: 'home-visit' }) },
          'intake.channel',
          'isIn',
        ],
        [
          { client: identifiedClient({ birthDate: '2030-01-01' }), intake: intake() },
          'birthDate',
          'not-in-future',
        ],
        [{ client: identifiedClient() }, 'intake', 'isDefined'],
      ];
      for (const [body, field, rule] of cases) {
        const response = await api
          .http()
          .post(`/v1/applications/${id}/conversion`)
          .set(bearer(anne))
          .send(body)
          .expect(400);
        expect(response.body.errors).toEqual(
          expect.arrayContaining([expect.objectContaining({ field, rule })]),
        );
      }
      expect(
        (await api.http().get(`/v1/applications/${id}`).set(bearer(anne)).expect(200)).body,
      ).toMatchObject({ status: 'received', clientId: null });
      await api
        .http()
        .post(`/v1/applications/${id}/conversion`)
        .set(bearer(oslo))
        .send({ client: identifiedClient(), intake: intake() })
        .expect(404);
    });

    it('closes an application that will not become a client', async () => {
      const id = (await submit(form({ name: 'Unreachable' })).expect(201)).body.receiptId;
      await api
        .http()
        .post(`/v1/applications/${id}/closure`)
        .set(bearer(oslo))
        .set('If-Match', '"1"')
        .send({ reason: 'unreachable' })
        .expect(404);
      const closed = await api
        .http()
        .post(`/v1/applications/${id}/closure`)
        .set(bearer(ola))
        .set('If-Match', '"1"')
        .send({ reason: 'unreachable' })
        .expect(200);
      expect(closed.body).toMatchObject({
        status: 'closed',
        closure: { reason: 'unreachable', closedBy: 'nurse-ola' },
        version: 2,
      });
      await api
        .http()
        .post(`/v1/applications/${id}/closure`)
        .set(bearer(ola))
        .set('If-Match', '"2"')
        .send({ reason: 'withdrawn' })
        .expect(409);
      const unknown = await api
        .http()
        .post(`/v1/applications/${id}/closure`)
        .set(bearer(ola))
        .set('If-Match', '"2"')
        .send({ reason: 'bored' })
        .expect(400);
      expect(unknown.body.errors).toEqual([
        expect.objectContaining({ field: 'reason', rule: 'isIn' }),
      ]);
    });
  });

  describe('GET /v1/applications/first-contact-report', () => {
    it('reports how long applicants waited for the first contact', async () => {
      const report = await api
        .http()
        .get('/v1/applications/first-contact-report?from=2026-11-23&to=2026-11-23')
        .set(bearer(anne))
        .expect(200);
      expect(report.body).toMatchObject({ from: '2026-11-23', to: '2026-11-23', closed: 1 });
      expect(report.body.converted).toBeGreaterThanOrEqual(2);
      expect(report.body.timeToFirstContact).toMatchObject({ count: report.body.converted });
      expect(report.body.timeToFirstContact.maxMinutes).toBeGreaterThanOrEqual(35);
      const osloReport = await api
        .http()
        .get('/v1/applications/first-contact-report?from=2026-11-23&to=2026-11-23')
        .set(bearer(oslo))
        .expect(200);
      expect(osloReport.body).toMatchObject({
        received: 1,
        converted: 0,
        timeToFirstContact: null,
      });
      expect(await auditRows(api, { resourceType: 'first-contact-report' })).toContainEqual(
        expect.objectContaining({ action: 'read' }),
      );

      const invalid = await api
        .http()
        .get('/v1/applications/first-contact-report?from=2026-11-30&to=2026-11-01')
        .set(bearer(anne))
        .expect(400);
      expect(invalid.body.errors).toEqual([
        expect.objectContaining({ field: 'to', rule: 'not-before-from' }),
      ]);
      const missing = await api
        .http()
        .get('/v1/applications/first-contact-report')
        .set(bearer(anne))
        .expect(400);
      expect(missing.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'from', rule: 'matches' })]),
      );
    });
  });

  // Last: it uses up this address's allowance of the public form.
  it('limits the public form per IP address with 429 problem+json and Retry-After', async () => {
    // 20 minutes into an hour no earlier test sent from: the whole allowance, 40 min of window left.
    clock.set('2026-11-23T13:20:00Z');
    for (let i = 0; i < DEFAULT_APPLICATION_RATE_LIMIT.limit; i += 1) {
      await submit(form({ name: `Rate ${i}` })).expect(201);
    }
    const before = await applications();
    const refused = await submit(form({ name: 'One too many' })).expect(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 429, code: 'kernel.rate-limited' });
    expect(refused.headers['retry-after']).toBe('2400');
    expect(Object.keys(refused.headers).filter((name) => name.startsWith('retry-after-'))).toEqual(
      [],
    );
    expect(await applications()).toBe(before);
    // Staff routes are not limited by the form's allowance.
    await api.http().get('/v1/applications').set(bearer(anne)).expect(200);
  });
});
