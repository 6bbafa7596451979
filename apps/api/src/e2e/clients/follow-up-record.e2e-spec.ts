import { fhirValidationErrors } from '@lavterskel/fhir-validator';
import { fixedClock } from '@lavterskel/kernel';
import { syntheticNationalId } from '@lavterskel/clients/testing';
import type { Response } from 'supertest';
import { startTestApp, type TestApp } from '../../testing/test-app';
import {
  OSLO,
  auditRows,
  bearer,
  identifiedClient,
  registerClient,
  staffToken,
} from './clients-fixtures';

describe('follow-up record (CL-5 … CL-11) and FHIR export', () => {
  const clock = fixedClock('2026-11-20T15:00:00Z');
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

  const errorsOf = (response: Response) =>
    response.body.errors as { field: string; rule: string }[];

  describe('contact log (CL-5) and vedtak (CL-7)', () => {
    it('logs encounters and no-shows and reports hours used vs granted, week by week', async () => {
      const client = await registerClient(api, anne);
      const vedtak = await api
        .http()
        .post(`/v1/clients/${client.id}/vedtak`)
        .set(bearer(anne))
        .send({
          reference: '2026/77',
          service: 'Ambulant oppfølging i hjemmet',
          hoursPerWeek: 6,
          decidedOn: '2026-10-28',
          validFrom: '2026-11-02',
        })
        .expect(201);
      expect(vedtak.body).toMatchObject({
        hoursPerWeek: 6,
        validTo: null,
        recordedBy: 'nurse-anne',
      });

      const log = (body: Record<string, unknown>) =>
        api
          .http()
          .post(`/v1/clients/${client.id}/encounters`)
          .set(bearer(anne))
          .send({ channel: 'home-visit', outcome: 'attended', topics: ['housing'], ...body });
      await log({
        occurredAt: '2026-11-03T10:00:00+01:00',
        durationMinutes: 90,
        vedtakId: vedtak.body.id,
      }).expect(201);
      await log({
        occurredAt: '2026-11-04T10:00:00+01:00',
        outcome: 'no-show',
        vedtakId: vedtak.body.id,
      }).expect(201);
      // 00:30 in Oslo on Monday 10 November is still Sunday 9 November in UTC: it counts in the second week.
      await log({
        occurredAt: '2026-11-09T23:30:00Z',
        durationMinutes: 60,
        channel: 'walk-and-talk',
        vedtakId: vedtak.body.id,
      }).expect(201);
      await log({
        occurredAt: '2026-11-11T10:00:00+01:00',
        durationMinutes: 30,
        channel: 'phone',
      }).expect(201);

      const entries = await api
        .http()
        .get(`/v1/clients/${client.id}/encounters?limit=2`)
        .set(bearer(anne))
        .expect(200);
      expect(entries.body.items.map((item: { channel: string }) => item.channel)).toEqual([
        'phone',
        'walk-and-talk',
      ]);
      const rest = await api
        .http()
        .get(`/v1/clients/${client.id}/encounters?limit=5&cursor=${entries.body.nextCursor}`)
        .set(bearer(anne))
        .expect(200);
      expect(rest.body.items.map((item: { outcome: string }) => item.outcome)).toEqual([
        'no-show',
        'attended',
      ]);
      const inRange = await api
        .http()
        .get(`/v1/clients/${client.id}/encounters?from=2026-11-10&to=2026-11-10`)
        .set(bearer(anne))
        .expect(200);
      expect(inRange.body.items.map((item: { channel: string }) => item.channel)).toEqual([
        'walk-and-talk',
      ]);

      const usage = await api
        .http()
        .get(`/v1/clients/${client.id}/vedtak/${vedtak.body.id}/usage?to=2026-11-15`)
        .set(bearer(anne))
        .expect(200);
      expect(usage.body).toEqual({
        vedtakId: vedtak.body.id,
        from: '2026-11-02',
        to: '2026-11-15',
        weeks: [
          { weekStart: '2026-11-02', grantedHours: 6, usedHours: 1.5 },
          { weekStart: '2026-11-09', grantedHours: 6, usedHours: 1 },
        ],
        grantedHours: 12,
        usedHours: 2.5,
      });
      const vedtakList = await api
        .http()
        .get(`/v1/clients/${client.id}/vedtak`)
        .set(bearer(anne))
        .expect(200);
      expect(vedtakList.body.items.map((item: { id: string }) => item.id)).toEqual([
        vedtak.body.id,
      ]);
      const rows = await auditRows(api, { clientId: client.id });
      expect(
        rows.filter((row) => row.action === 'create' && row.resource_type === 'encounter'),
      ).toHaveLength(4);
      expect(rows).toContainEqual(
        expect.objectContaining({
          action: 'read',
          resource_type: 'vedtak-usage',
          resource_id: vedtak.body.id,
        }),
      );
    });

    it('refuses invalid entries with 400 naming the field and rule, saving nothing', async () => {
      const client = await registerClient(api, anne);
      const other = await registerClient(api, anne);
      const otherVedtak = await api
        .http()
        .post(`/v1/clients/${other.id}/vedtak`)
        .set(bearer(anne))
        .send({
          service: 'Praktisk bistand',
          hoursPerWeek: 2,
          decidedOn: '2026-11-01',
          validFrom: '2026-11-01',
        })
        .expect(201);
      const cases: [Record<string, unknown>, string, string][] = [
        [
          { occurredAt: '2026-11-21T10:00:00+01:00', durationMinutes: 30 },
          'occurredAt',
          'not-in-future',
        ],
        [
          { occurredAt: '2026-11-19T10:00:00+01:00', outcome: 'no-show', durationMinutes: 30 },
          'durationMinutes',
          'only-when-attended',
        ],
        [{ occurredAt: '2026-11-19T10:00:00+01:00' }, 'durationMinutes', 'required-when-attended'],
        [
          { occurredAt: '2026-11-19T10:00:00+01:00', durationMinutes: 30, channel: 'telepathy' },
          'channel',
          'isIn',
        ],
        [
          { occurredAt: '2026-11-19T10:00:00+01:00', durationMinutes: 30, topics: ['weather'] },
          'topics',
          'isIn',
        ],
        [
          { occurredAt: '2026-11-19T10:00:00+01:00', durationMinutes: 30, note: 'x'.repeat(2001) },
          'note',
          'maxLength',
        ],
        [{ occurredAt: 'yesterday', durationMinutes: 30 }, 'occurredAt', 'isIso8601'],
        [
          {
            occurredAt: '2026-11-19T10:00:00+01:00',
            durationMinutes: 30,
            vedtakId: otherVedtak.body.id,
          },
          'vedtakId',
          'vedtak-of-client',
        ],
      ];
      for (const [body, field, rule] of cases) {
        const response = await api
          .http()
          .post(`/v1/clients/${client.id}/encounters`)
          .set(bearer(anne))
          .send({ channel: 'office', outcome: 'attended', ...body })
          .expect(400);
        expect(errorsOf(response)).toEqual(
          expect.arrayContaining([expect.objectContaining({ field, rule })]),
        );
      }
      expect(
        (await api.http().get(`/v1/clients/${client.id}/encounters`).set(bearer(anne)).expect(200))
          .body.items,
      ).toEqual([]);

      const badVedtak = await api
        .http()
        .post(`/v1/clients/${client.id}/vedtak`)
        .set(bearer(anne))
        .send({
          service: '',
          hoursPerWeek: 2.1,
          decidedOn: '2026-11-01',
          validFrom: '2026-12-01',
          validTo: '2026-11-30',
        })
        .expect(400);
      expect(errorsOf(badVedtak)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'service', rule: 'required' }),
          expect.objectContaining({ field: 'hoursPerWeek', rule: 'quarter-hours' }),
          expect.objectContaining({ field: 'validTo', rule: 'not-before-valid-from' }),
        ]),
      );
      await api
        .http()
        .get(`/v1/clients/${client.id}/vedtak/${otherVedtak.body.id}/usage`)
        .set(bearer(anne))
        .expect(404);
    });
  });

  describe('handover notes with read receipts (CL-6)', () => {
    it('reaches the back-up contact’s inbox until they confirm reading it', async () => {
      const client = await registerClient(
        api,
        anne,
        identifiedClient({ backupContact: 'nurse-ola' }),
      );
      const note = await api
        .http()
        .post(`/v1/clients/${client.id}/handover-notes`)
        .set(bearer(anne))
        .send({ text: 'Did not collect medication; call before 18.' })
        .expect(201);
      expect(note.body).toMatchObject({ writtenBy: 'nurse-anne', readBy: [] });

      const inbox = await api.http().get('/v1/handover-notes/unread').set(bearer(ola)).expect(200);
      expect(inbox.body.items.map((item: { id: string }) => item.id)).toContain(note.body.id);
      expect(
        (
          await api.http().get('/v1/handover-notes/unread').set(bearer(anne)).expect(200)
        ).body.items.map((item: { id: string }) => item.id),
      ).not.toContain(note.body.id);

      const receipt = await api
        .http()
        .put(`/v1/clients/${client.id}/handover-notes/${note.body.id}/read-receipt`)
        .set(bearer(ola))
        .expect(200);
      clock.set('2026-11-20T16:00:00Z');
      const again = await api
        .http()
        .put(`/v1/clients/${client.id}/handover-notes/${note.body.id}/read-receipt`)
        .set(bearer(ola))
        .expect(200);
      clock.set('2026-11-20T15:00:00Z');
      expect(again.body).toEqual(receipt.body);
      expect(
        (
          await api.http().get('/v1/handover-notes/unread').set(bearer(ola)).expect(200)
        ).body.items.map((item: { id: string }) => item.id),
      ).not.toContain(note.body.id);
      const listed = await api
        .http()
        .get(`/v1/clients/${client.id}/handover-notes`)
        .set(bearer(anne))
        .expect(200);
      expect(listed.body.items[0].readBy).toEqual([
        { reader: 'nurse-ola', readAt: receipt.body.readAt },
      ]);

      expect(
        errorsOf(
          await api
            .http()
            .post(`/v1/clients/${client.id}/handover-notes`)
            .set(bearer(anne))
            .send({ text: ' ' })
            .expect(400),
        ),
      ).toEqual([expect.objectContaining({ field: 'text', rule: 'required' })]);
      await api
        .http()
        .put(`/v1/clients/${client.id}/handover-notes/${crypto.randomUUID()}/read-receipt`)
        .set(bearer(ola))
        .expect(404);
      expect(
        (await api.http().get('/v1/handover-notes/unread').set(bearer(oslo)).expect(200)).body
          .items,
      ).toEqual([]);
    });
  });

  describe('crisis plan (CL-8)', () => {
    const plan = {
      warningSigns: ['Stops answering the phone'],
      whatHelps: ['A walk by the river'],
      whoToCall: [{ name: 'Eva', relation: 'sister', phone: '+47 911 11 111' }],
      agreedWithClient: true,
    };

    it('is made once, read with an ETag, and replaced under If-Match; concurrent replacements: one wins', async () => {
      const client = await registerClient(api, anne);
      await api.http().get(`/v1/clients/${client.id}/crisis-plan`).set(bearer(anne)).expect(404);
      const created = await api
        .http()
        .post(`/v1/clients/${client.id}/crisis-plan`)
        .set(bearer(anne))
        .send(plan)
        .expect(201);
      expect(created.headers['etag']).toBe('"1"');
      expect(
        (
          await api
            .http()
            .post(`/v1/clients/${client.id}/crisis-plan`)
            .set(bearer(anne))
            .send(plan)
            .expect(409)
        ).body.code,
      ).toBe('clients.crisis-plan-exists');

      const responses = await Promise.all(
        Array.from({ length: 5 }, (_, i) =>
          api
            .http()
            .put(`/v1/clients/${client.id}/crisis-plan`)
            .set(bearer(anne))
            .set('If-Match', '"1"')
            .send({ ...plan, whatHelps: [`Idea ${i}`] }),
        ),
      );
      expect(responses.map((response) => response.status).sort()).toEqual([
        200, 412, 412, 412, 412,
      ]);
      const read = await api
        .http()
        .get(`/v1/clients/${client.id}/crisis-plan`)
        .set(bearer(anne))
        .expect(200);
      expect(read.headers['etag']).toBe('"2"');
      expect(read.body.whatHelps).toEqual(
        responses.find((response) => response.status === 200)?.body.whatHelps,
      );
      await api
        .http()
        .put(`/v1/clients/${client.id}/crisis-plan`)
        .set(bearer(anne))
        .send(plan)
        .expect(428);

      const replace = (body: Record<string, unknown>) =>
        api
          .http()
          .put(`/v1/clients/${client.id}/crisis-plan`)
          .set(bearer(anne))
          .set('If-Match', '"2"')
          .send({ ...plan, ...body })
          .expect(400);
      expect(errorsOf(await replace({ warningSigns: ['x'.repeat(501)] }))).toEqual([
        expect.objectContaining({ field: 'warningSigns', rule: 'maxLength' }),
      ]);
      expect(
        errorsOf(
          await replace({
            whoToCall: [{ name: 'Eva', relation: 'sister', phone: 'ask at the kiosk' }],
          }),
        ),
      ).toEqual([expect.objectContaining({ field: 'whoToCall[0].phone', rule: 'phone-number' })]);
      expect(
        (await api.http().get(`/v1/clients/${client.id}/crisis-plan`).set(bearer(anne)).expect(200))
          .headers['etag'],
      ).toBe('"2"');
    });
  });

  describe('relatives and trusted persons (CL-9)', () => {
    it('adds, replaces under If-Match, lists and removes', async () => {
      const client = await registerClient(api, anne);
      const eva = {
        name: 'Eva Nordmann',
        relationship: 'sibling',
        roles: ['next-of-kin', 'contact-tracing'],
        phone: '+47 911 11 111',
      };
      const added = await api
        .http()
        .post(`/v1/clients/${client.id}/relatives`)
        .set(bearer(anne))
        .send(eva)
        .expect(201);
      expect(added.headers['etag']).toBe('"1"');
      const replaced = await api
        .http()
        .put(`/v1/clients/${client.id}/relatives/${added.body.id}`)
        .set(bearer(anne))
        .set('If-Match', '"1"')
        .send({ ...eva, email: 'eva@example.org' })
        .expect(200);
      expect(replaced.body).toMatchObject({ version: 2, email: 'eva@example.org' });
      await api
        .http()
        .put(`/v1/clients/${client.id}/relatives/${added.body.id}`)
        .set(bearer(anne))
        .set('If-Match', '"1"')
        .send(eva)
        .expect(412);
      expect(
        (await api.http().get(`/v1/clients/${client.id}/relatives`).set(bearer(anne)).expect(200))
          .body,
      ).toEqual([replaced.body]);
      await api
        .http()
        .delete(`/v1/clients/${client.id}/relatives/${added.body.id}`)
        .set(bearer(anne))
        .expect(204);
      await api
        .http()
        .delete(`/v1/clients/${client.id}/relatives/${added.body.id}`)
        .set(bearer(anne))
        .expect(404);

      const invalid = await api
        .http()
        .post(`/v1/clients/${client.id}/relatives`)
        .set(bearer(anne))
        .send({ ...eva, relationship: 'cousin-ish', roles: ['boss'] })
        .expect(400);
      expect(errorsOf(invalid)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'relationship', rule: 'isIn' }),
          expect.objectContaining({ field: 'roles', rule: 'isIn' }),
        ]),
      );
    });
  });

  describe('clinical profile (CL-11)', () => {
    it('keeps substances, ROP and ICD-10 codes with their purpose', async () => {
      const client = await registerClient(api, anne);
      const profile = {
        mainSubstances: ['opioids'],
        rop: true,
        diagnoses: ['f112'],
        diagnosesPurpose: 'Referral to TSB for LAR',
      };
      const created = await api
        .http()
        .post(`/v1/clients/${client.id}/clinical-profile`)
        .set(bearer(anne))
        .send(profile)
        .expect(201);
      expect(created.body).toMatchObject({ diagnoses: ['F11.2'], version: 1 });
      expect(
        (
          await api
            .http()
            .post(`/v1/clients/${client.id}/clinical-profile`)
            .set(bearer(anne))
            .send(profile)
            .expect(409)
        ).body.code,
      ).toBe('clients.clinical-profile-exists');
      const replaced = await api
        .http()
        .put(`/v1/clients/${client.id}/clinical-profile`)
        .set(bearer(anne))
        .set('If-Match', '"1"')
        .send({ mainSubstances: ['opioids', 'alcohol'], rop: null })
        .expect(200);
      expect(replaced.body).toMatchObject({
        mainSubstances: ['opioids', 'alcohol'],
        rop: null,
        diagnoses: [],
        diagnosesPurpose: null,
        version: 2,
      });
      expect(
        (
          await api
            .http()
            .get(`/v1/clients/${client.id}/clinical-profile`)
            .set(bearer(anne))
            .expect(200)
        ).headers['etag'],
      ).toBe('"2"');

      const invalid = await api
        .http()
        .put(`/v1/clients/${client.id}/clinical-profile`)
        .set(bearer(anne))
        .set('If-Match', '"2"')
        .send({ mainSubstances: ['sugar'], diagnoses: ['schizophrenia'] })
        .expect(400);
      expect(errorsOf(invalid)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'mainSubstances', rule: 'isIn' }),
          expect.objectContaining({ field: 'diagnoses', rule: 'maxLength' }),
        ]),
      );
      const noPurpose = await api
        .http()
        .put(`/v1/clients/${client.id}/clinical-profile`)
        .set(bearer(anne))
        .set('If-Match', '"2"')
        .send({ mainSubstances: [], diagnoses: ['F20'] })
        .expect(400);
      expect(errorsOf(noPurpose)).toEqual([
        expect.objectContaining({ field: 'diagnosesPurpose', rule: 'required-with-diagnoses' }),
      ]);
    });
  });

  describe('vulnerability flags (CL-10)', () => {
    it('sets and clears flags with who and when; violence risk requires two staff', async () => {
      const client = await registerClient(api, anne);
      const set = await api
        .http()
        .put(`/v1/clients/${client.id}/vulnerability-flags/violence-risk`)
        .set(bearer(anne))
        .send({ note: 'Threatened staff in October' })
        .expect(200);
      expect(set.body).toMatchObject({
        code: 'violence-risk',
        setBy: 'nurse-anne',
        setAt: '2026-11-20T15:00:00.000Z',
      });
      expect(
        (await api.http().get(`/v1/clients/${client.id}`).set(bearer(anne)).expect(200)).body,
      ).toMatchObject({ vulnerabilityFlags: ['violence-risk'], twoStaffRequired: true });
      expect(
        (
          await api
            .http()
            .get(`/v1/clients/${client.id}/vulnerability-flags`)
            .set(bearer(anne))
            .expect(200)
        ).body,
      ).toEqual([set.body]);
      await api
        .http()
        .delete(`/v1/clients/${client.id}/vulnerability-flags/violence-risk`)
        .set(bearer(anne))
        .expect(204);
      await api
        .http()
        .delete(`/v1/clients/${client.id}/vulnerability-flags/violence-risk`)
        .set(bearer(anne))
        .expect(404);
      expect(
        (await api.http().get(`/v1/clients/${client.id}`).set(bearer(anne)).expect(200)).body
          .twoStaffRequired,
      ).toBe(false);
      const history = await api.db.dataSource.query(
        'SELECT cleared_by FROM clients.vulnerability_flag WHERE client_id = $1',
        [client.id],
      );
      expect(history).toEqual([{ cleared_by: 'nurse-anne' }]);
      expect(
        errorsOf(
          await api
            .http()
            .put(`/v1/clients/${client.id}/vulnerability-flags/grumpy`)
            .set(bearer(anne))
            .send({})
            .expect(400),
        ),
      ).toEqual([expect.objectContaining({ field: 'code', rule: 'isIn' })]);
    });

    it('keeps one active flag when the same flag is set ten times at once', async () => {
      const client = await registerClient(api, anne);
      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          api
            .http()
            .put(`/v1/clients/${client.id}/vulnerability-flags/homeless`)
            .set(bearer(anne))
            .send({}),
        ),
      );
      expect(responses.every((response) => response.status === 200)).toBe(true);
      expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
      const rows = await api.db.dataSource.query(
        `SELECT count(*) FROM clients.vulnerability_flag WHERE client_id = $1 AND cleared_at IS NULL`,
        [client.id],
      );
      expect(Number(rows[0].count)).toBe(1);
    });
  });

  describe('GET /v1/clients/{id}/fhir (X-5)', () => {
    it('exports a valid FHIR R4 Bundle with the Patient and RelatedPersons, audited as an export', async () => {
      const client = await registerClient(
        api,
        anne,
        identifiedClient({
          givenName: 'Kari Anne',
          alias: 'Kaja',
          interpreterNeeded: true,
          contactChannels: [
            { kind: 'mobile', value: '+47 912 34 567' },
            { kind: 'email', value: 'kari@example.org' },
            { kind: 'postal-address', value: 'Storgata 1, 3716 Skien' },
          ],
        }),
      );
      for (const relative of [
        {
          name: 'Eva Nordmann',
          relationship: 'sibling',
          roles: ['next-of-kin', 'contact-tracing'],
          phone: '+47 911 11 111',
        },
        {
          name: 'Per',
          relationship: 'other',
          roles: ['trusted-person', 'emergency-contact'],
          email: 'per@example.org',
        },
        { name: 'Mor', relationship: 'mother', roles: [] },
      ]) {
        await api
          .http()
          .post(`/v1/clients/${client.id}/relatives`)
          .set(bearer(anne))
          .send(relative)
          .expect(201);
      }
      const response = await api
        .http()
        .get(`/v1/clients/${client.id}/fhir`)
        .set(bearer(anne))
        .expect(200);
      expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
      const bundle = response.body;
      expect(fhirValidationErrors(bundle)).toEqual([]);
      expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
      const [patient, ...related] = bundle.entry.map(
        (entry: { resource: Record<string, unknown> }) => entry.resource,
      );
      expect(patient).toMatchObject({
        resourceType: 'Patient',
        id: client.id,
        identifier: [
          { system: 'urn:oid:2.16.578.1.12.4.1.4.1', value: client.nationalId },
          { system: 'urn:ietf:rfc:3986' },
        ],
        name: [
          { use: 'official', family: 'Testesen', given: ['Kari', 'Anne'] },
          { use: 'anonymous', text: 'Kaja' },
        ],
        birthDate: '1985-03-14',
        communication: [
          { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'nb' }] }, preferred: true },
        ],
      });
      expect(related).toHaveLength(3);
      expect(
        related.every(
          (resource: { resourceType: string; patient: { reference: string } }) =>
            resource.resourceType === 'RelatedPerson' &&
            resource.patient.reference === `urn:uuid:${client.id}`,
        ),
      ).toBe(true);
      expect(await auditRows(api, { clientId: client.id })).toContainEqual(
        expect.objectContaining({ action: 'export', resource_type: 'client' }),
      );
    });

    it('exports the Patient as active only while the client is followed up (not as an applicant, not discharged)', async () => {
      const client = await registerClient(api, anne);
      const patientActive = async () =>
        (await api.http().get(`/v1/clients/${client.id}/fhir`).set(bearer(anne)).expect(200)).body
          .entry[0].resource.active;
      const moveTo = (status: string, version: number) =>
        api
          .http()
          .post(`/v1/clients/${client.id}/status-changes`)
          .set(bearer(anne))
          .set('If-Match', `"${version}"`)
          .send({ status, reason: 'Follow-up' })
          .expect(200);
      expect(await patientActive()).toBe(false);
      await moveTo('active', 1);
      expect(await patientActive()).toBe(true);
      await moveTo('discharged', 2);
      expect(await patientActive()).toBe(false);
    });

    it('uses the D-nummer system, and exports a pseudonymous client validly too', async () => {
      const dnummer =
        syntheticNationalId({ day: 17, month: 5, year: 91, individual: 433, kind: 'd-nummer' }) ??
        syntheticNationalId({ day: 17, month: 5, year: 91, individual: 434, kind: 'd-nummer' });
      const withDnummer = await registerClient(
        api,
        anne,
        identifiedClient({ nationalId: dnummer }),
      );
      expect(withDnummer.nationalIdKind).toBe('d-nummer');
      const pseudonymous = await registerClient(api, anne, {
        alias: 'Fjellreven',
        birthYear: 1988,
      });
      for (const [client, system] of [
        [withDnummer, 'urn:oid:2.16.578.1.12.4.1.4.2'],
        [pseudonymous, 'urn:ietf:rfc:3986'],
      ] as const) {
        const bundle = (
          await api.http().get(`/v1/clients/${client.id}/fhir`).set(bearer(anne)).expect(200)
        ).body;
        expect(fhirValidationErrors(bundle)).toEqual([]);
        expect(bundle.entry[0].resource.identifier[0].system).toBe(system);
      }
    });
  });

  describe('query parameters of the lists', () => {
    it('refuses bad dates, limits and cursors with 400 naming the parameter', async () => {
      const client = await registerClient(api, anne);
      const vedtak = await api
        .http()
        .post(`/v1/clients/${client.id}/vedtak`)
        .set(bearer(anne))
        .send({
          service: 'Oppfølging',
          hoursPerWeek: 1,
          decidedOn: '2026-11-01',
          validFrom: '2026-11-01',
        })
        .expect(201);
      const cases: [string, string, string][] = [
        [`/v1/clients/${client.id}/encounters?from=2026-13-01`, 'from', 'calendar-date'],
        [`/v1/clients/${client.id}/encounters?to=tomorrow`, 'to', 'matches'],
        [
          `/v1/clients/${client.id}/vedtak/${vedtak.body.id}/usage?from=2026-11-30&to=2026-11-01`,
          'to',
          'not-before-from',
        ],
        [
          `/v1/clients/${client.id}/vedtak/${vedtak.body.id}/usage?to=2028-01-01`,
          'to',
          'max-range',
        ],
        [`/v1/clients/${client.id}/vedtak?limit=1000`, 'limit', 'max'],
        [`/v1/clients/${client.id}/handover-notes?cursor=not-ours`, 'cursor', 'cursor'],
        [`/v1/clients/${client.id}/status-history?limit=zero`, 'limit', 'isInt'],
        ['/v1/handover-notes/unread?limit=-1', 'limit', 'min'],
      ];
      for (const [path, field, rule] of cases) {
        const response = await api.http().get(path).set(bearer(anne));
        expect([path, response.status]).toEqual([path, 400]);
        expect(errorsOf(response)).toEqual(
          expect.arrayContaining([expect.objectContaining({ field, rule })]),
        );
      }
    });
  });

  describe('every route of a client’s record: tenant isolation, need-to-know, break-the-glass, audit', () => {
    interface Route {
      name: string;
      send: (token: string, extra?: Record<string, string>) => Promise<Response>;
      /** The audit row a successful call leaves, as `action:resource_type`. */
      audit: string;
      status: number;
    }

    it('answers 404 to another municipality and to staff without a care relation; a break-the-glass reason opens each, audited', async () => {
      const client = await registerClient(api, anne);
      const http = () => api.http();
      const id = client.id;
      const plan = {
        warningSigns: [],
        whatHelps: ['Music'],
        whoToCall: [],
        agreedWithClient: false,
      };
      const profile = { mainSubstances: ['alcohol'] };
      const relative = { name: 'Eva', relationship: 'sibling' };
      // Existing records for the routes that need them, made by the primary contact.
      await http().post(`/v1/clients/${id}/crisis-plan`).set(bearer(anne)).send(plan).expect(201);
      await http()
        .post(`/v1/clients/${id}/clinical-profile`)
        .set(bearer(anne))
        .send(profile)
        .expect(201);
      const relativeId = (
        await http()
          .post(`/v1/clients/${id}/relatives`)
          .set(bearer(anne))
          .send(relative)
          .expect(201)
      ).body.id;
      const noteId = (
        await http()
          .post(`/v1/clients/${id}/handover-notes`)
          .set(bearer(anne))
          .send({ text: 'Note' })
          .expect(201)
      ).body.id;
      const vedtakId = (
        await http()
          .post(`/v1/clients/${id}/vedtak`)
          .set(bearer(anne))
          .send({
            service: 'Oppfølging',
            hoursPerWeek: 2,
            decidedOn: '2026-11-01',
            validFrom: '2026-11-01',
          })
          .expect(201)
      ).body.id;
      await http()
        .put(`/v1/clients/${id}/vulnerability-flags/homeless`)
        .set(bearer(anne))
        .send({})
        .expect(200);
      let clientVersion = 1;
      const ifMatch = () => ({ 'If-Match': `"${clientVersion}"` });
      const afterClientWrite = (response: Response) => {
        if (response.status === 200) clientVersion += 1;
        return response;
      };

      const routes: Route[] = [
        {
          name: 'read',
          status: 200,
          audit: 'read:client',
          send: (t, h = {}) => http().get(`/v1/clients/${id}`).set(bearer(t)).set(h),
        },
        {
          name: 'update',
          status: 200,
          audit: 'update:client',
          send: async (t, h = {}) =>
            afterClientWrite(
              await http()
                .patch(`/v1/clients/${id}`)
                .set(bearer(t))
                .set(ifMatch())
                .set(h)
                .send({ interpreterNeeded: true }),
            ),
        },
        {
          name: 'care contacts',
          status: 200,
          audit: 'update:client-care-contacts',
          send: async (t, h = {}) =>
            afterClientWrite(
              await http()
                .put(`/v1/clients/${id}/care-contacts`)
                .set(bearer(t))
                .set(ifMatch())
                .set(h)
                .send({ primaryContact: 'nurse-anne', backupContact: 'nurse-per' }),
            ),
        },
        {
          name: 'status change',
          status: 200,
          audit: 'update:client-status',
          send: async (t, h = {}) =>
            afterClientWrite(
              await http()
                .post(`/v1/clients/${id}/status-changes`)
                .set(bearer(t))
                .set(ifMatch())
                .set(h)
                .send({ status: 'active' }),
            ),
        },
        {
          name: 'status history',
          status: 200,
          audit: 'read:client-status-history',
          send: (t, h = {}) => http().get(`/v1/clients/${id}/status-history`).set(bearer(t)).set(h),
        },
        {
          name: 'fhir',
          status: 200,
          audit: 'export:client',
          send: (t, h = {}) => http().get(`/v1/clients/${id}/fhir`).set(bearer(t)).set(h),
        },
        {
          name: 'list flags',
          status: 200,
          audit: 'read:vulnerability-flag',
          send: (t, h = {}) =>
            http().get(`/v1/clients/${id}/vulnerability-flags`).set(bearer(t)).set(h),
        },
        {
          name: 'set flag',
          status: 200,
          audit: 'update:vulnerability-flag',
          send: (t, h = {}) =>
            http()
              .put(`/v1/clients/${id}/vulnerability-flags/pregnancy`)
              .set(bearer(t))
              .set(h)
              .send({}),
        },
        {
          name: 'clear flag',
          status: 204,
          audit: 'delete:vulnerability-flag',
          send: (t, h = {}) =>
            http().delete(`/v1/clients/${id}/vulnerability-flags/homeless`).set(bearer(t)).set(h),
        },
        {
          name: 'log encounter',
          status: 201,
          audit: 'create:encounter',
          send: (t, h = {}) =>
            http()
              .post(`/v1/clients/${id}/encounters`)
              .set(bearer(t))
              .set(h)
              .send({ occurredAt: '2026-11-19T10:00:00Z', channel: 'phone', outcome: 'no-show' }),
        },
        {
          name: 'list encounters',
          status: 200,
          audit: 'read:encounter',
          send: (t, h = {}) => http().get(`/v1/clients/${id}/encounters`).set(bearer(t)).set(h),
        },
        {
          name: 'write note',
          status: 201,
          audit: 'create:handover-note',
          send: (t, h = {}) =>
            http()
              .post(`/v1/clients/${id}/handover-notes`)
              .set(bearer(t))
              .set(h)
              .send({ text: 'Hi' }),
        },
        {
          name: 'list notes',
          status: 200,
          audit: 'read:handover-note',
          send: (t, h = {}) => http().get(`/v1/clients/${id}/handover-notes`).set(bearer(t)).set(h),
        },
        {
          name: 'read receipt',
          status: 200,
          audit: 'read:handover-note',
          send: (t, h = {}) =>
            http()
              .put(`/v1/clients/${id}/handover-notes/${noteId}/read-receipt`)
              .set(bearer(t))
              .set(h),
        },
        {
          name: 'record vedtak',
          status: 201,
          audit: 'create:vedtak',
          send: (t, h = {}) =>
            http().post(`/v1/clients/${id}/vedtak`).set(bearer(t)).set(h).send({
              service: 'Bistand',
              hoursPerWeek: 1,
              decidedOn: '2026-11-01',
              validFrom: '2026-11-02',
            }),
        },
        {
          name: 'list vedtak',
          status: 200,
          audit: 'read:vedtak',
          send: (t, h = {}) => http().get(`/v1/clients/${id}/vedtak`).set(bearer(t)).set(h),
        },
        {
          name: 'vedtak usage',
          status: 200,
          audit: 'read:vedtak-usage',
          send: (t, h = {}) =>
            http().get(`/v1/clients/${id}/vedtak/${vedtakId}/usage`).set(bearer(t)).set(h),
        },
        {
          name: 'read crisis plan',
          status: 200,
          audit: 'read:crisis-plan',
          send: (t, h = {}) => http().get(`/v1/clients/${id}/crisis-plan`).set(bearer(t)).set(h),
        },
        {
          name: 'replace crisis plan',
          status: 200,
          audit: 'update:crisis-plan',
          send: (t, h = {}) =>
            http()
              .put(`/v1/clients/${id}/crisis-plan`)
              .set(bearer(t))
              .set({ 'If-Match': '"1"', ...h })
              .send(plan),
        },
        {
          name: 'read clinical profile',
          status: 200,
          audit: 'read:clinical-profile',
          send: (t, h = {}) =>
            http().get(`/v1/clients/${id}/clinical-profile`).set(bearer(t)).set(h),
        },
        {
          name: 'replace clinical profile',
          status: 200,
          audit: 'update:clinical-profile',
          send: (t, h = {}) =>
            http()
              .put(`/v1/clients/${id}/clinical-profile`)
              .set(bearer(t))
              .set({ 'If-Match': '"1"', ...h })
              .send(profile),
        },
        {
          name: 'add relative',
          status: 201,
          audit: 'create:relative',
          send: (t, h = {}) =>
            http()
              .post(`/v1/clients/${id}/relatives`)
              .set(bearer(t))
              .set(h)
              .send({ name: 'Per', relationship: 'friend' }),
        },
        {
          name: 'list relatives',
          status: 200,
          audit: 'read:relative',
          send: (t, h = {}) => http().get(`/v1/clients/${id}/relatives`).set(bearer(t)).set(h),
        },
        {
          name: 'replace relative',
          status: 200,
          audit: 'update:relative',
          send: (t, h = {}) =>
            http()
              .put(`/v1/clients/${id}/relatives/${relativeId}`)
              .set(bearer(t))
              .set({ 'If-Match': '"1"', ...h })
              .send(relative),
        },
        {
          name: 'remove relative',
          status: 204,
          audit: 'delete:relative',
          send: (t, h = {}) =>
            http().delete(`/v1/clients/${id}/relatives/${relativeId}`).set(bearer(t)).set(h),
        },
      ];

      const reason = { 'X-Break-Glass-Reason': 'Covering the night shift for a sick colleague' };
      for (const route of routes) {
        for (const token of [oslo, ola]) {
          const refused = await route.send(token);
          expect([route.name, refused.status, refused.body.code]).toEqual([
            route.name,
            404,
            'not-found',
          ]);
        }
        await route
          .send(oslo, reason)
          .then((response) => expect([route.name, response.status]).toEqual([route.name, 404]));
        const opened = await route.send(ola, reason);
        expect([route.name, opened.status]).toEqual([route.name, route.status]);
        const rows = await auditRows(api, { clientId: id, actorSubject: 'nurse-ola' });
        expect(rows.map((row) => `${row.action}:${row.resource_type}`)).toEqual(
          expect.arrayContaining(['break-glass:client', route.audit]),
        );
      }
      // Another municipality's attempts are audited as refused there, and nothing else: no
      // break-the-glass opens a record across municipalities.
      const osloRows: { action: string }[] = await api.db.dataSource.query(
        `SELECT DISTINCT action FROM kernel.audit_event WHERE client_id = $1 AND tenant_id = $2`,
        [id, OSLO],
      );
      expect(osloRows).toEqual([{ action: 'denied' }]);
    });
  });
});
