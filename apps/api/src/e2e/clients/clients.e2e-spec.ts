import { osloDate } from '@lavterskel/kernel';
import { startTestApp, type TestApp } from '../../testing/test-app';
import {
  OSLO,
  SKIEN,
  auditRows,
  bearer,
  identifiedClient,
  nationalIdTypo,
  nextNationalId,
  registerClient,
  staffToken,
} from './clients-fixtures';

describe('clients: registry, search, status and contacts (CL-1, CL-3, CL-4)', () => {
  let api: TestApp;
  let anne: string;
  let ola: string;
  let oslo: string;

  beforeAll(async () => {
    api = await startTestApp();
    anne = await staffToken(api, 'nurse-anne');
    ola = await staffToken(api, 'nurse-ola');
    oslo = await staffToken(api, 'nurse-anne', { tenant: OSLO });
  });
  afterAll(() => api.close());

  const count = async (table: string) =>
    Number((await api.db.dataSource.query(`SELECT count(*) FROM clients.${table}`))[0].count);

  describe('POST /v1/clients', () => {
    it('registers a client the registering staff member can read, with ETag and Location, audited', async () => {
      const response = await api
        .http()
        .post('/v1/clients')
        .set(bearer(anne))
        .send(identifiedClient({ noPhone: true }))
        .expect(201);
      const client = response.body;
      expect(client).toMatchObject({
        status: 'applicant',
        nationalIdKind: 'fodselsnummer',
        primaryContact: 'nurse-anne',
        version: 1,
        vulnerabilityFlags: ['no-phone'],
        allowedTransitions: ['active', 'discharged'],
      });
      expect(response.headers['etag']).toBe('"1"');
      expect(response.headers['location']).toBe(`/v1/clients/${client.id}`);

      const read = await api.http().get(`/v1/clients/${client.id}`).set(bearer(anne)).expect(200);
      expect(read.body).toEqual(client);
      expect(read.headers['etag']).toBe('"1"');
      expect(await auditRows(api, { clientId: client.id })).toEqual([
        expect.objectContaining({
          action: 'create',
          resource_type: 'client',
          actor_subject: 'nurse-anne',
          tenant_id: '4003',
        }),
        expect.objectContaining({
          action: 'read',
          resource_type: 'client',
          actor_subject: 'nurse-anne',
        }),
      ]);
    });

    it('registers a pseudonymous client with an alias and a birth year', async () => {
      const client = await registerClient(api, anne, {
        alias: 'Fjellreven',
        birthYear: 1988,
        contactChannels: [{ kind: 'meeting-place', value: 'Bybrua' }],
      });
      expect(client).toMatchObject({
        nationalId: null,
        nationalIdKind: null,
        alias: 'Fjellreven',
        birthYear: 1988,
      });
    });

    it('answers a retry with the same Idempotency-Key with the first client', async () => {
      const body = identifiedClient();
      const first = await api
        .http()
        .post('/v1/clients')
        .set(bearer(anne))
        .set('Idempotency-Key', 'register-retry-1')
        .send(body)
        .expect(201);
      const retry = await api
        .http()
        .post('/v1/clients')
        .set(bearer(anne))
        .set('Idempotency-Key', 'register-retry-1')
        .send(body)
        .expect(201);
      expect(retry.body.id).toBe(first.body.id);
      expect(retry.headers['etag']).toBe('"1"');
    });

    it.each([
      ['an invalid national id', { nationalId: nationalIdTypo() }, 'nationalId', 'check-digits'],
      ['a national id without a real date', { nationalId: '32134599999' }, 'nationalId', 'date'],
      ['a national id that is not 11 digits', { nationalId: '1234' }, 'nationalId', 'format'],
      [
        'an unknown contact channel',
        { contactChannels: [{ kind: 'pigeon', value: 'roof' }] },
        'contactChannels[0].kind',
        'isIn',
      ],
      ['a birth date in the future', { birthDate: '2999-01-01' }, 'birthDate', 'not-in-future'],
      ['an oversized family name', { familyName: 'x'.repeat(101) }, 'familyName', 'maxLength'],
      ['an unknown property', { tenantId: '0301' }, 'tenantId', 'unknown-property'],
      [
        'no national id and no alias',
        { nationalId: null },
        'alias',
        'required-without-national-id',
      ],
      [
        'a back-up equal to the primary',
        { backupContact: 'nurse-anne' },
        'backupContact',
        'differs-from-primary',
      ],
    ])(
      'refuses %s with 400 problem+json naming the field and rule, saving nothing',
      async (_, change, field, rule) => {
        const before = await count('client');
        const response = await api
          .http()
          .post('/v1/clients')
          .set(bearer(anne))
          .send(identifiedClient(change))
          .expect(400);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body.errors).toEqual(
          expect.arrayContaining([expect.objectContaining({ field, rule })]),
        );
        expect(await count('client')).toBe(before);
      },
    );

    it('refuses a second client with the same national id: 409 naming the first only to those who may see it', async () => {
      const nationalId = nextNationalId();
      const first = await registerClient(api, anne, identifiedClient({ nationalId }));
      const mine = await api
        .http()
        .post('/v1/clients')
        .set(bearer(anne))
        .send(identifiedClient({ nationalId }))
        .expect(409);
      expect(mine.body).toMatchObject({
        code: 'clients.national-id-taken',
        existingClientId: first.id,
        errors: [{ field: 'nationalId', rule: 'unique' }],
      });
      const theirs = await api
        .http()
        .post('/v1/clients')
        .set(bearer(ola))
        .send(identifiedClient({ nationalId }))
        .expect(409);
      expect(theirs.body.code).toBe('clients.national-id-taken');
      expect(theirs.body).not.toHaveProperty('existingClientId');
      expect(JSON.stringify(theirs.body)).not.toContain(first.id);
      // Another municipality keeps its own register.
      await api
        .http()
        .post('/v1/clients')
        .set(bearer(oslo))
        .send(identifiedClient({ nationalId }))
        .expect(201);
    });

    it('registers one client when the same national id arrives ten times at once', async () => {
      const nationalId = nextNationalId();
      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          api.http().post('/v1/clients').set(bearer(anne)).send(identifiedClient({ nationalId })),
        ),
      );
      expect(responses.map((response) => response.status).sort()).toEqual([
        201,
        ...Array(9).fill(409),
      ]);
      expect(
        responses
          .filter((response) => response.status === 409)
          .every((response) => response.body.code === 'clients.national-id-taken'),
      ).toBe(true);
      const rows = await api.db.dataSource.query(
        `SELECT count(*) FROM clients.client WHERE national_id = $1 AND tenant_id = '4003'`,
        [nationalId],
      );
      expect(Number(rows[0].count)).toBe(1);
    });

    it('needs a staff role', async () => {
      const officer = await staffToken(api, 'officer-kari', { roles: ['privacy-officer'] });
      expect(
        (
          await api
            .http()
            .post('/v1/clients')
            .set(bearer(officer))
            .send(identifiedClient())
            .expect(403)
        ).body.code,
      ).toBe('auth.forbidden');
      await api.http().post('/v1/clients').send(identifiedClient()).expect(401);
    });
  });

  describe('GET /v1/clients/{id}: tenant isolation and need-to-know', () => {
    it('answers 404 to another municipality, and to staff without a care relation', async () => {
      const client = await registerClient(api, anne);
      for (const token of [oslo, ola]) {
        const response = await api
          .http()
          .get(`/v1/clients/${client.id}`)
          .set(bearer(token))
          .expect(404);
        expect(response.body.code).toBe('not-found');
      }
      await api.http().get(`/v1/clients/${crypto.randomUUID()}`).set(bearer(anne)).expect(404);
      expect(
        (await api.http().get('/v1/clients/not-a-uuid').set(bearer(anne)).expect(400)).body.errors,
      ).toEqual([expect.objectContaining({ field: 'clientId', rule: 'uuid' })]);
    });

    it('opens the record with a break-the-glass reason, audited as break-glass', async () => {
      const client = await registerClient(api, anne);
      const short = await api
        .http()
        .get(`/v1/clients/${client.id}`)
        .set(bearer(ola))
        .set('X-Break-Glass-Reason', 'urgent')
        .expect(400);
      expect(short.body.errors).toEqual([
        expect.objectContaining({ field: 'X-Break-Glass-Reason', rule: 'min-length' }),
      ]);
      await api
        .http()
        .get(`/v1/clients/${client.id}`)
        .set(bearer(ola))
        .set('X-Break-Glass-Reason', 'Found unconscious at the drop-in')
        .expect(200);
      expect(await auditRows(api, { clientId: client.id, actorSubject: 'nurse-ola' })).toEqual([
        expect.objectContaining({
          action: 'break-glass',
          reason: 'Found unconscious at the drop-in',
        }),
        expect.objectContaining({ action: 'read' }),
      ]);
      // Another municipality's staff cannot break the glass into Skien's register.
      await api
        .http()
        .get(`/v1/clients/${client.id}`)
        .set(bearer(oslo))
        .set('X-Break-Glass-Reason', 'Found unconscious at the drop-in')
        .expect(404);
    });
  });

  describe('PATCH /v1/clients/{id}', () => {
    it('changes the fields sent under If-Match, and answers the new ETag', async () => {
      const client = await registerClient(api, anne, identifiedClient({ alias: 'Kaja' }));
      const response = await api
        .http()
        .patch(`/v1/clients/${client.id}`)
        .set(bearer(anne))
        .set('If-Match', '"1"')
        .send({ preferredLanguage: 'ti', interpreterNeeded: true, alias: null })
        .expect(200);
      expect(response.body).toMatchObject({
        version: 2,
        preferredLanguage: 'ti',
        interpreterNeeded: true,
        alias: null,
        familyName: 'Testesen',
      });
      expect(response.headers['etag']).toBe('"2"');
      expect(await auditRows(api, { clientId: client.id })).toContainEqual(
        expect.objectContaining({ action: 'update', resource_type: 'client' }),
      );
    });

    it('answers 428 without If-Match and 412 with a stale one, changing nothing', async () => {
      const client = await registerClient(api, anne);
      expect(
        (
          await api
            .http()
            .patch(`/v1/clients/${client.id}`)
            .set(bearer(anne))
            .send({ givenName: 'Kari Anne' })
            .expect(428)
        ).body.code,
      ).toBe('kernel.precondition-required');
      await api
        .http()
        .patch(`/v1/clients/${client.id}`)
        .set(bearer(anne))
        .set('If-Match', '"1"')
        .send({ givenName: 'Kari Anne' })
        .expect(200);
      const stale = await api
        .http()
        .patch(`/v1/clients/${client.id}`)
        .set(bearer(anne))
        .set('If-Match', '"1"')
        .send({ givenName: 'Karianne' })
        .expect(412);
      expect(stale.body.code).toBe('kernel.concurrent-modification');
      expect(
        (await api.http().get(`/v1/clients/${client.id}`).set(bearer(anne)).expect(200)).body
          .givenName,
      ).toBe('Kari Anne');
    });

    it('lets exactly one of ten concurrent updates at the same version win; the rest get 412', async () => {
      const client = await registerClient(api, anne);
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          api
            .http()
            .patch(`/v1/clients/${client.id}`)
            .set(bearer(anne))
            .set('If-Match', '"1"')
            .send({ givenName: `Writer ${i}` }),
        ),
      );
      expect(responses.map((response) => response.status).sort()).toEqual([
        200,
        ...Array(9).fill(412),
      ]);
      const winner = responses.find((response) => response.status === 200);
      const read = await api.http().get(`/v1/clients/${client.id}`).set(bearer(anne)).expect(200);
      expect(read.body).toMatchObject({ version: 2, givenName: winner?.body.givenName });
    });

    it('refuses an invalid change with 400 naming the field, and a taken national id with 409', async () => {
      const client = await registerClient(api, anne);
      const other = await registerClient(api, anne);
      const invalid = await api
        .http()
        .patch(`/v1/clients/${client.id}`)
        .set(bearer(anne))
        .set('If-Match', '"1"')
        .send({ interpreterNeeded: null, birthYear: 'old' })
        .expect(400);
      expect(invalid.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'interpreterNeeded', rule: 'isBoolean' }),
          expect.objectContaining({ field: 'birthYear', rule: 'isInt' }),
        ]),
      );
      const taken = await api
        .http()
        .patch(`/v1/clients/${client.id}`)
        .set(bearer(anne))
        .set('If-Match', '"1"')
        .send({ nationalId: other.nationalId })
        .expect(409);
      expect(taken.body).toMatchObject({
        code: 'clients.national-id-taken',
        existingClientId: other.id,
      });
    });

    it('answers 404 to another municipality and to staff without a care relation', async () => {
      const client = await registerClient(api, anne);
      for (const token of [oslo, ola]) {
        await api
          .http()
          .patch(`/v1/clients/${client.id}`)
          .set(bearer(token))
          .set('If-Match', '"1"')
          .send({ givenName: 'X' })
          .expect(404);
      }
    });
  });

  describe('GET /v1/clients (search)', () => {
    it('finds by words of name and alias, and by national id, only within reach, page by page', async () => {
      const berg = await registerClient(
        api,
        anne,
        identifiedClient({ givenName: 'Solveig Marie', familyName: 'Bergstrøm' }),
      );
      const alias = await registerClient(api, anne, { alias: 'Bergtrollet', birthYear: 1979 });
      const theirs = await registerClient(
        api,
        ola,
        identifiedClient({ givenName: 'Solveig', familyName: 'Bergstrøm' }),
      );

      const search = (token: string, query: string) =>
        api.http().get(`/v1/clients?${query}`).set(bearer(token)).expect(200);
      expect(
        (await search(anne, 'q=berg')).body.items.map((item: { id: string }) => item.id).sort(),
      ).toEqual([berg.id, alias.id].sort());
      expect(
        (await search(anne, 'q=marie%20berg')).body.items.map((item: { id: string }) => item.id),
      ).toEqual([berg.id]);
      expect(
        (await search(ola, 'q=solveig')).body.items.map((item: { id: string }) => item.id),
      ).toEqual([theirs.id]);
      expect((await search(anne, `nationalId=${theirs.nationalId}`)).body.items).toEqual([]);
      expect((await search(oslo, 'q=berg')).body.items).toEqual([]);

      const first = await search(anne, 'q=berg&limit=1');
      expect(first.body.items).toHaveLength(1);
      const second = await search(anne, `q=berg&limit=1&cursor=${first.body.nextCursor}`);
      expect(
        [...first.body.items, ...second.body.items].map((item: { id: string }) => item.id).sort(),
      ).toEqual([berg.id, alias.id].sort());
      expect(
        await auditRows(api, { resourceType: 'client', actorSubject: 'nurse-ola' }),
      ).toContainEqual(expect.objectContaining({ action: 'search' }));
    });

    it('pages visible hits in the order of their names as they are now, behind many invisible ones', async () => {
      for (let i = 0; i < 25; i += 1) {
        await registerClient(
          api,
          ola,
          identifiedClient({ givenName: 'Fyllik', familyName: 'Fyllaas' }),
        );
      }
      const mine: string[] = [];
      for (const familyName of ['Fyllvik', 'Fyllmo', 'Fyllnes']) {
        mine.push((await registerClient(api, anne, identifiedClient({ familyName }))).id);
      }
      const ids = async (query: string) =>
        (await api.http().get(`/v1/clients?${query}`).set(bearer(anne)).expect(200)).body as {
          items: { id: string }[];
          nextCursor: string | null;
        };
      const first = await ids('q=fyll&limit=2');
      const second = await ids(`q=fyll&limit=2&cursor=${first.nextCursor}`);
      // By sort name, and never the 25 of Ola's that come first.
      expect(first.items.map((item) => item.id)).toEqual([mine[1], mine[2]]);
      expect(second.items.map((item) => item.id)).toEqual([mine[0]]);
      expect(second.nextCursor).toBeNull();

      await api
        .http()
        .patch(`/v1/clients/${mine[0]}`)
        .set(bearer(anne))
        .set('If-Match', '"1"')
        .send({ familyName: 'Fyllaas' })
        .expect(200);
      expect((await ids('q=fyll')).items.map((item) => item.id)).toEqual(mine);
    });

    it('finds a client outside reach by national id only with a break-the-glass reason', async () => {
      const theirs = await registerClient(api, ola);
      const found = await api
        .http()
        .get(`/v1/clients?nationalId=${theirs.nationalId}`)
        .set(bearer(anne))
        .set('X-Break-Glass-Reason', 'Ambulance asks for the crisis plan')
        .expect(200);
      expect(found.body.items.map((item: { id: string }) => item.id)).toEqual([theirs.id]);
      // The break-glass, and the search that showed the client, both in the client's access list.
      expect(await auditRows(api, { clientId: theirs.id, actorSubject: 'nurse-anne' })).toEqual([
        expect.objectContaining({ action: 'break-glass' }),
        expect.objectContaining({ action: 'search', resource_type: 'client' }),
      ]);
      const byName = await api
        .http()
        .get('/v1/clients?q=kari')
        .set(bearer(anne))
        .set('X-Break-Glass-Reason', 'Looking for someone')
        .expect(400);
      expect(byName.body.errors).toEqual([
        expect.objectContaining({ field: 'X-Break-Glass-Reason', rule: 'national-id-search-only' }),
      ]);
    });

    it('refuses bad query parameters with 400 naming each', async () => {
      const response = await api
        .http()
        .get('/v1/clients?q=x&nationalId=123&status=gone&limit=0')
        .set(bearer(anne))
        .expect(400);
      expect(response.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'q', rule: 'minLength' }),
          expect.objectContaining({ field: 'nationalId', rule: 'matches' }),
          expect.objectContaining({ field: 'status', rule: 'isIn' }),
          expect.objectContaining({ field: 'limit', rule: 'min' }),
        ]),
      );
    });
  });

  describe('status lifecycle (CL-3)', () => {
    it('moves along the state machine under If-Match and keeps the history', async () => {
      const client = await registerClient(api, anne);
      const activate = await api
        .http()
        .post(`/v1/clients/${client.id}/status-changes`)
        .set(bearer(anne))
        .set('If-Match', '"1"')
        .send({ status: 'active' })
        .expect(200);
      expect(activate.body).toMatchObject({
        status: 'active',
        version: 2,
        allowedTransitions: ['paused', 'discharged'],
      });
      expect(activate.headers['etag']).toBe('"2"');
      await api
        .http()
        .post(`/v1/clients/${client.id}/status-changes`)
        .set(bearer(anne))
        .set('If-Match', '"2"')
        .send({ status: 'paused', reason: 'Inpatient at TSB' })
        .expect(200);

      const history = await api
        .http()
        .get(`/v1/clients/${client.id}/status-history`)
        .set(bearer(anne))
        .expect(200);
      expect(
        history.body.items.map(
          (item: { from: string | null; to: string; reason: string | null }) => [
            item.from,
            item.to,
            item.reason,
          ],
        ),
      ).toEqual([
        ['active', 'paused', 'Inpatient at TSB'],
        ['applicant', 'active', null],
        [null, 'applicant', null],
      ]);
      const rows = await auditRows(api, { clientId: client.id });
      expect(rows.filter((row) => row.resource_type === 'client-status')).toHaveLength(2);
      expect(rows).toContainEqual(
        expect.objectContaining({ action: 'read', resource_type: 'client-status-history' }),
      );
    });

    it('answers an illegal transition with 409 listing the allowed ones, and an unknown status with 400', async () => {
      const client = await registerClient(api, anne);
      const illegal = await api
        .http()
        .post(`/v1/clients/${client.id}/status-changes`)
        .set(bearer(anne))
        .set('If-Match', '"1"')
        .send({ status: 'paused' })
        .expect(409);
      expect(illegal.body).toMatchObject({
        code: 'clients.illegal-status-transition',
        from: 'applicant',
        to: 'paused',
        allowedTransitions: ['active', 'discharged'],
      });
      const unknown = await api
        .http()
        .post(`/v1/clients/${client.id}/status-changes`)
        .set(bearer(anne))
        .set('If-Match', '"1"')
        .send({ status: 'asleep' })
        .expect(400);
      expect(unknown.body.errors).toEqual([
        expect.objectContaining({ field: 'status', rule: 'isIn' }),
      ]);
      await api
        .http()
        .post(`/v1/clients/${client.id}/status-changes`)
        .set(bearer(anne))
        .send({ status: 'active' })
        .expect(428);
      await api
        .http()
        .post(`/v1/clients/${client.id}/status-changes`)
        .set(bearer(ola))
        .set('If-Match', '"1"')
        .send({ status: 'active' })
        .expect(404);
      await api.http().get(`/v1/clients/${client.id}/status-history`).set(bearer(oslo)).expect(404);
    });
  });

  describe('primary and back-up contact, caseload (CL-4)', () => {
    // Ola as a staff member of the services library, registered once for the tests below.
    let olaMemberId: string | undefined;
    const olaAsStaffMember = async (lead: string): Promise<string> => {
      olaMemberId ??= (
        await api
          .http()
          .post('/v1/staff/members')
          .set(bearer(lead))
          .send({ name: 'Ola Nordmann', subject: 'nurse-ola' })
          .expect(201)
      ).body.id as string;
      return olaMemberId;
    };

    it('hands the client to a new primary with a back-up; the caseloads follow', async () => {
      const lead = await staffToken(api, 'lead-lise', { roles: ['staff', 'team-lead'] });
      const client = await registerClient(
        api,
        anne,
        identifiedClient({ familyName: 'Caseloadsen' }),
      );
      const assigned = await api
        .http()
        .put(`/v1/clients/${client.id}/care-contacts`)
        .set(bearer(anne))
        .set('If-Match', '"1"')
        .send({ primaryContact: 'nurse-ola', backupContact: 'nurse-anne' })
        .expect(200);
      expect(assigned.body).toMatchObject({
        primaryContact: 'nurse-ola',
        backupContact: 'nurse-anne',
        version: 2,
      });
      expect(assigned.headers['etag']).toBe('"2"');

      const olas = await api.http().get('/v1/caseload').set(bearer(ola)).expect(200);
      expect(olas.body.items).toContainEqual(
        expect.objectContaining({
          id: client.id,
          role: 'primary',
          coveredBy: 'nurse-ola',
          primaryAbsent: false,
        }),
      );
      const annes = await api.http().get('/v1/caseload').set(bearer(anne)).expect(200);
      expect(annes.body.items).toContainEqual(
        expect.objectContaining({ id: client.id, role: 'backup' }),
      );

      expect(
        (await api.http().get('/v1/caseload?staff=nurse-ola').set(bearer(anne)).expect(403)).body
          .code,
      ).toBe('clients.caseload-forbidden');
      // A lead sees the caseload of their own teams' members: Ola works in the lead's team.
      const team = await api
        .http()
        .post('/v1/staff/teams')
        .set(bearer(lead))
        .send({ name: 'Caseload-teamet' })
        .expect(201);
      await api
        .http()
        .post(`/v1/staff/members/${await olaAsStaffMember(lead)}/memberships`)
        .set(bearer(lead))
        .send({ teamId: team.body.id, joinedOn: '2020-01-01' })
        .expect(201);
      const teamLead = await api.token({
        tenant: SKIEN,
        subject: 'lead-lise',
        roles: ['staff', 'team-lead'],
        teams: [team.body.id],
      });
      const viaLead = await api
        .http()
        .get('/v1/caseload?staff=nurse-ola')
        .set(bearer(teamLead))
        .expect(200);
      expect(viaLead.body.items.map((item: { id: string }) => item.id)).toContain(client.id);
      expect(
        await auditRows(api, { resourceType: 'caseload', actorSubject: 'lead-lise' }),
      ).toContainEqual(
        expect.objectContaining({
          action: 'search',
          resource_id: 'nurse-ola',
          client_id: client.id,
        }),
      );
      // A lead of other teams does not: 404, as if Ola had no caseload.
      await api.http().get('/v1/caseload?staff=nurse-ola').set(bearer(lead)).expect(404);
      // Both refusals (Anne's 403, the other lead's 404) are themselves audited.
      const refusals = (await auditRows(api, { resourceType: 'record' })).filter(
        (row) => row.action === 'denied' && row.resource_id === 'GET /v1/caseload',
      );
      expect(refusals.map((row) => `${row.actor_subject} ${row.reason}`)).toEqual(
        expect.arrayContaining([
          'nurse-anne 403 clients.caseload-forbidden',
          'lead-lise 404 not-found',
        ]),
      );
      // A caseload never crosses municipalities.
      const osloOla = await staffToken(api, 'nurse-ola', { tenant: OSLO });
      expect(
        (await api.http().get('/v1/caseload').set(bearer(osloOla)).expect(200)).body.items,
      ).toEqual([]);
    });

    it('shows who covers while the primary contact is away (availability from the services library)', async () => {
      const lead = await staffToken(api, 'lead-lise', { roles: ['staff', 'team-lead'] });
      const client = await registerClient(
        api,
        ola,
        identifiedClient({ backupContact: 'nurse-anne' }),
      );
      const today = osloDate(new Date());
      await api
        .http()
        .post(`/v1/staff/members/${await olaAsStaffMember(lead)}/availability`)
        .set(bearer(lead))
        .send({ status: 'sick', from: today, to: today })
        .expect(201);

      const annes = await api.http().get('/v1/caseload').set(bearer(anne)).expect(200);
      expect(annes.body.items).toContainEqual(
        expect.objectContaining({
          id: client.id,
          role: 'backup',
          primaryContact: 'nurse-ola',
          primaryAbsent: true,
          backupAbsent: false,
          coveredBy: 'nurse-anne',
        }),
      );
    });

    it('refuses the same person as primary and back-up, and stale or missing If-Match', async () => {
      const client = await registerClient(api, anne);
      const same = await api
        .http()
        .put(`/v1/clients/${client.id}/care-contacts`)
        .set(bearer(anne))
        .set('If-Match', '"1"')
        .send({ primaryContact: 'nurse-ola', backupContact: 'nurse-ola' })
        .expect(400);
      expect(same.body.errors).toEqual([
        expect.objectContaining({ field: 'backupContact', rule: 'differs-from-primary' }),
      ]);
      await api
        .http()
        .put(`/v1/clients/${client.id}/care-contacts`)
        .set(bearer(anne))
        .send({ primaryContact: 'nurse-ola' })
        .expect(428);
      await api
        .http()
        .put(`/v1/clients/${client.id}/care-contacts`)
        .set(bearer(anne))
        .set('If-Match', '"7"')
        .send({ primaryContact: 'nurse-ola' })
        .expect(412);
      await api
        .http()
        .put(`/v1/clients/${client.id}/care-contacts`)
        .set(bearer(oslo))
        .set('If-Match', '"1"')
        .send({ primaryContact: 'nurse-ola' })
        .expect(404);
    });
  });

  describe('OpenAPI', () => {
    type Schema = {
      $ref?: string;
      items?: Schema;
      allOf?: Schema[];
      oneOf?: Schema[];
      properties?: Record<string, Schema>;
      description?: string;
      example?: unknown;
    };
    const OUR_PATHS = /^\/v1\/(clients|applications|caseload|handover-notes)/;

    it('documents every route: summary, typed success response, problem responses and policy', async () => {
      const { body: document } = await api.http().get('/docs-json').expect(200);
      const operations = Object.entries(
        document.paths as Record<string, Record<string, Record<string, unknown>>>,
      )
        .filter(([path]) => OUR_PATHS.test(path))
        .flatMap(([path, methods]) =>
          Object.entries(methods).map(([method, operation]) => ({
            route: `${method.toUpperCase()} ${path}`,
            operation,
          })),
        );
      expect(operations.length).toBeGreaterThanOrEqual(35);
      for (const { route, operation } of operations) {
        const responses = operation['responses'] as Record<
          string,
          { content?: Record<string, { schema?: unknown }> }
        >;
        const success = Object.entries(responses).find(([status]) => status.startsWith('2'));
        expect([route, typeof operation['summary']]).toEqual([route, 'string']);
        expect([route, success !== undefined]).toEqual([route, true]);
        if (success && success[0] !== '204')
          // JSON, or FHIR's JSON for an export.
          expect([
            route,
            (
              success[1].content?.['application/json'] ??
              success[1].content?.['application/fhir+json']
            )?.schema,
          ]).toEqual([route, expect.anything()]);
        expect([route, responses['400']?.content]).toEqual([
          route,
          { 'application/problem+json': expect.anything() },
        ]);
        const isPublic = route === 'POST /v1/applications';
        expect([route, responses['401'] !== undefined]).toEqual([route, !isPublic]);
        if (isPublic) expect(responses['429']).toBeDefined();
      }
    });

    it('describes every property of this library’s schemas, with an example wherever it is a value', async () => {
      const { body: document } = await api.http().get('/docs-json').expect(200);
      const schemas = document.components.schemas as Record<string, Schema>;
      const reached = new Set<string>();
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (node === null || typeof node !== 'object') return;
        const ref = (node as Schema).$ref;
        if (ref) {
          const name = ref.split('/').pop() as string;
          if (!reached.has(name)) {
            reached.add(name);
            visit(schemas[name]);
          }
        }
        Object.values(node).forEach(visit);
      };
      Object.entries(document.paths as Record<string, unknown>)
        .filter(([path]) => OUR_PATHS.test(path))
        .forEach(([, methods]) => visit(methods));
      const kernelSchemas = new Set(['ProblemDetailsDto', 'FieldViolationDto']);
      const ours = [...reached].filter((name) => !kernelSchemas.has(name));
      expect(ours).toEqual(
        expect.arrayContaining([
          'ClientDto',
          'RegisterClientRequestDto',
          'ApplicationDto',
          'ConversionDto',
          'CrisisPlanDto',
          'VedtakUsageDto',
        ]),
      );
      const isReference = (property: Schema) =>
        Boolean(
          property.$ref ??
          property.items?.$ref ??
          property.items?.oneOf?.[0]?.$ref ??
          property.allOf?.[0]?.$ref,
        );
      for (const name of ours) {
        for (const [property, schema] of Object.entries(schemas[name]?.properties ?? {})) {
          // The kernel's PageOf() describes `items` by its type only.
          if (name.endsWith('PageDto') && property === 'items') continue;
          expect([name, property, typeof schema.description]).toEqual([name, property, 'string']);
          if (!isReference(schema))
            expect([name, property, 'example' in schema]).toEqual([name, property, true]);
        }
      }
    });
  });
});
