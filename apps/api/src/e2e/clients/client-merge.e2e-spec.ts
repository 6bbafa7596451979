import { randomUUID } from 'node:crypto';
import { addDays, fixedClock } from '@lavterskel/kernel';
import {
  buildCrisisMunicipality,
  type CrisisMunicipality,
} from '../../testing/crisis-municipality';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { OSLO, SKIEN, auditRows, identifiedClient, nextNationalId } from './clients-fixtures';

const TODAY = '2026-11-23';

describe('a pseudonymous client identified in place, or merged into the identified client she is (CL-1)', () => {
  let api: TestApp;
  let skien: CrisisMunicipality;
  let nurse: string;
  let privacyOfficer: string;
  let outsider: string;
  let oslo: string;

  beforeAll(async () => {
    api = await startTestApp({ clock: fixedClock(`${TODAY}T09:00:00Z`) });
    skien = await buildCrisisMunicipality(api, { today: TODAY });
    nurse = skien.bearer.nurse;
    const header = async (tenant: string, subject: string, roles: string[], teams: string[] = []) =>
      `Bearer ${await api.token({ tenant, subject, roles, teams })}`;
    privacyOfficer = await header(SKIEN, 'privacy-kari', ['privacy-officer']);
    outsider = await header(SKIEN, 'coach-per', ['staff'], [randomUUID()]);
    oslo = await header(OSLO, skien.subjects.nurse, ['staff']);
  });
  afterAll(() => api.close());

  const post = async (path: string, body: object, bearer = nurse) => {
    const response = await api.http().post(path).set('Authorization', bearer).send(body);
    if (response.status !== 201 && response.status !== 200) {
      throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    }
    return response.body as { id: string; [field: string]: unknown };
  };
  const get = (path: string, bearer = nurse) =>
    api.http().get(path).set('Authorization', bearer).redirects(0);
  const visitor = (alias: string) =>
    post('/v1/clients', {
      alias,
      birthYear: 1988,
      contactChannels: [{ kind: 'meeting-place', value: 'MMO-senteret, Kverndalsgata' }],
    });
  const enrol = (serviceName: keyof CrisisMunicipality['services'], clientId: string) =>
    post(`/v1/services/${skien.services[serviceName]}/enrolments`, {
      clientId,
      reason: 'Oppfølging etter samtale på MMO-senteret',
      startedOn: addDays(TODAY, -7),
    });

  it('identifies a pseudonymous client in place: same id, history kept, alias kept', async () => {
    const solveig = await visitor('Solveig');
    const talk = await post(`/v1/clients/${solveig.id}/encounters`, {
      channel: 'drop-in',
      outcome: 'attended',
      topics: ['housing'],
      occurredAt: '2026-11-20T10:00:00+01:00',
      durationMinutes: 20,
    });
    const identify = (body: object) =>
      api.http().post(`/v1/clients/${solveig.id}/identify`).set('Authorization', nurse).send(body);
    const nationalId = nextNationalId();

    const invalid = await identify({
      nationalId: `${nationalId.slice(0, 10)}${(Number(nationalId[10]) + 1) % 10}`,
      givenName: 'Solveig',
      familyName: 'Dahl',
      birthDate: '1989-05-01',
    }).expect(400);
    expect(invalid.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'nationalId', rule: 'check-digits' }),
        expect.objectContaining({ field: 'birthYear', rule: 'matches-birth-date' }),
      ]),
    );
    const missingName = await identify({ nationalId, familyName: 'Dahl' }).expect(400);
    expect(missingName.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'givenName' })]),
    );

    const identified = await identify({
      nationalId,
      givenName: 'Solveig',
      familyName: 'Dahl',
      birthDate: '1988-05-01',
    }).expect(200);
    expect(identified.body).toMatchObject({
      id: solveig.id,
      nationalId,
      givenName: 'Solveig',
      familyName: 'Dahl',
      alias: 'Solveig',
      birthDate: '1988-05-01',
    });
    const encounters = await get(`/v1/clients/${solveig.id}/encounters`).expect(200);
    expect(encounters.body.items.map((item: { id: string }) => item.id)).toEqual([talk.id]);

    const again = await identify({ nationalId, givenName: 'Solveig', familyName: 'Dahl' }).expect(
      409,
    );
    expect(again.body.code).toBe('clients.already-identified');
    const rows = await auditRows(api, { clientId: solveig.id, resourceType: 'client' });
    expect(rows.filter((row) => row.reason === 'identified by national id')).toHaveLength(1);
  });

  it('a pseudonymous Skien visitor becomes an identified client with all her history, and a privacy officer can undo it', async () => {
    // Kari is registered with her fødselsnummer by the field nurses; "Lille My" is the alias she used at the drop-in.
    const kari = await post('/v1/clients', identifiedClient({ birthDate: '1988-02-11' }));
    await enrol('Feltpleien', kari.id);
    const my = await visitor('Lille My');
    const talk = await post(`/v1/clients/${my.id}/encounters`, {
      channel: 'drop-in',
      outcome: 'attended',
      topics: ['substance-use'],
      occurredAt: '2026-11-20T10:00:00+01:00',
      durationMinutes: 30,
    });
    const lar = await enrol('LAR-utdelingen', my.id);
    const field = await enrol('Feltpleien', my.id);
    await enrol('Aktivitetsgruppene', my.id);
    const prescription = await post('/v1/dispensing/prescriptions', {
      clientId: my.id,
      serviceId: skien.services['LAR-utdelingen'],
      medication: 'buprenorphine',
      dailyDoseMg: 16,
      validFrom: addDays(TODAY, -7),
      validTo: addDays(TODAY, 60),
      prescriber: 'LAR-lege, TSB Telemark',
    });
    const dispensing = await post(`/v1/dispensing/prescriptions/${prescription.id}/dispensings`, {
      channel: 'hatch',
    });
    const yoga = skien.groups.Yoga;
    const seat = await post(`/v1/groups/${yoga.id}/members`, { clientId: my.id });
    const consent = await post('/v1/consents', {
      clientId: my.id,
      categories: ['contact-details'],
      purposes: ['crisis-contact'],
      recipients: [
        {
          type: 'role',
          organisationNumber: '983971636',
          role: 'lar-doctor',
          name: 'LAR-lege, DPS Telemark',
        },
      ],
      validFrom: `${addDays(TODAY, -1)}T00:00:00+01:00`,
      method: 'oral',
    });
    // Her individual plan and responsibility group, made while she was "Lille My".
    const plan = await post(`/v1/clients/${my.id}/individual-plan`, {
      coordinator: skien.subjects.nurse,
      teamId: Object.values(skien.teams)[0],
      clientConsent: { given: true, on: addDays(TODAY, -2) },
      status: 'active',
      reviewDue: addDays(TODAY, 90),
      goals: [{ inClientsWords: 'Få en fast plass å bo', status: 'active', measures: [] }],
    });
    const group = await post(`/v1/clients/${my.id}/responsibility-group`, {
      categories: ['health'],
      members: [
        {
          kind: 'staff',
          subject: skien.subjects.nurse,
          name: 'Anne Sykepleier',
          coordinator: true,
          validFrom: addDays(TODAY, -2),
          validTo: null,
        },
        { kind: 'client', validFrom: addDays(TODAY, -2), validTo: null },
      ],
    });

    /** What staff see of a client, library by library, through HTTP. */
    const history = async (clientId: string) => {
      const ids = async (path: string) => {
        const response = await get(path).expect(200);
        return (response.body.items as { id: string }[]).map((item) => item.id).sort();
      };
      const membership = await get(`/v1/groups/${yoga.id}/members/${clientId}`);
      const one = async (path: string) => {
        const response = await get(path);
        return response.status === 200 ? (response.body.id as string) : response.status;
      };
      return {
        individualPlan: await one(`/v1/clients/${clientId}/individual-plan`),
        responsibilityGroup: await one(`/v1/clients/${clientId}/responsibility-group`),
        encounters: await ids(`/v1/clients/${clientId}/encounters`),
        enrolments: await ids(`/v1/services/clients/${clientId}/enrolments`),
        prescriptions: await ids(`/v1/dispensing/prescriptions?clientId=${clientId}`),
        consents: await ids(`/v1/consents?clientId=${clientId}`),
        yogaSeat: membership.status === 200 ? (membership.body.id as string) : null,
      };
    };
    const myBefore = await history(my.id);
    const kariBefore = await history(kari.id);
    expect(myBefore).toEqual({
      individualPlan: plan.id,
      responsibilityGroup: group.id,
      encounters: [talk.id],
      enrolments: expect.arrayContaining([lar.id, field.id]),
      prescriptions: [prescription.id],
      consents: [consent.id],
      yogaSeat: seat.id,
    });

    // She gives her fødselsnummer: it is Kari's, so identify answers 409 naming Kari.
    const taken = await api
      .http()
      .post(`/v1/clients/${my.id}/identify`)
      .set('Authorization', nurse)
      .send({ nationalId: kari['nationalId'], givenName: 'Kari', familyName: 'Testesen' })
      .expect(409);
    expect(taken.body).toMatchObject({
      code: 'clients.national-id-taken',
      existingClientId: kari.id,
    });

    const mergeInto = (body: object, bearer = nurse, clientId = my.id) =>
      api.http().post(`/v1/clients/${clientId}/merge-into`).set('Authorization', bearer).send(body);
    const reason = 'Gave her fødselsnummer at the drop-in; Kari is registered by Feltpleien';
    // Need-to-know: another team, another municipality see neither client.
    await mergeInto({ survivorId: kari.id, reason }, outsider).expect(404);
    await mergeInto({ survivorId: kari.id, reason }, oslo).expect(404);
    const invalid = await mergeInto({ survivorId: my.id, reason: 'same' }).expect(400);
    expect(invalid.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'survivorId', rule: 'different-client' }),
        expect.objectContaining({ field: 'reason', rule: 'min-length' }),
      ]),
    );
    const other = await visitor('Mummi');
    const notIdentified = await mergeInto({ survivorId: other.id, reason }).expect(409);
    expect(notIdentified.body).toMatchObject({ code: 'clients.merge-not-allowed' });
    expect(notIdentified.body.errors[0]).toMatchObject({ field: 'survivorId', rule: 'identified' });
    const identifiedAway = await mergeInto({ survivorId: my.id, reason }, nurse, kari.id).expect(
      409,
    );
    expect(identifiedAway.body.errors[0]).toMatchObject({
      field: 'clientId',
      rule: 'pseudonymous',
    });
    expect(await history(my.id)).toEqual(myBefore);

    const merged = await mergeInto({ survivorId: kari.id, reason }).expect(201);
    expect(merged.body).toMatchObject({
      mergedClientId: my.id,
      survivorId: kari.id,
      reason,
      mergedBy: skien.subjects.nurse,
      reversedAt: null,
    });
    const receipt = (library: string, table: string) =>
      (merged.body.receipts as { library: string; tables: { table: string }[] }[])
        .find((candidate) => candidate.library === library)
        ?.tables.find((candidate) => candidate.table === table);
    // Both were enrolled in Feltpleien: Kari's enrolment stands, My's stays apart for the team.
    expect(receipt('services', 'services.enrolment')).toMatchObject({ keptApart: [field.id] });
    expect(receipt('services', 'services.dispensing_event')).toMatchObject({
      moved: [dispensing.id],
    });
    expect(receipt('groups', 'groups.membership')).toMatchObject({ moved: [seat.id] });
    expect(receipt('consent', 'consent.consent')).toMatchObject({ moved: [consent.id] });

    // Every record is reachable under Kari's id.
    const kariAfter = await history(kari.id);
    expect(kariAfter).toEqual({
      individualPlan: plan.id,
      responsibilityGroup: group.id,
      encounters: [...kariBefore.encounters, talk.id].sort(),
      enrolments: [...kariBefore.enrolments, ...myBefore.enrolments]
        .filter((id) => id !== field.id)
        .sort(),
      prescriptions: [prescription.id],
      consents: [consent.id],
      yogaSeat: seat.id,
    });
    // Lists show her once, as Kari: search and the nurse's caseload leave the merged record out.
    const listed = async () => {
      const ids = async (path: string) =>
        ((await get(path).expect(200)).body.items as { id: string }[]).map((item) => item.id);
      return {
        search: await ids('/v1/clients?q=lille'),
        caseload: (await ids('/v1/caseload?limit=100')).filter(
          (id) => id === my.id || id === kari.id,
        ),
      };
    };
    expect(await listed()).toEqual({ search: [], caseload: [kari.id] });
    // The old id redirects to the survivor, on the record and on its sub-resources.
    const old = await get(`/v1/clients/${my.id}`).expect(308);
    expect(old.headers['location']).toBe(`/v1/clients/${kari.id}`);
    expect(old.body).toMatchObject({ code: 'clients.client-merged', survivorId: kari.id });
    const oldEncounters = await get(`/v1/clients/${my.id}/encounters`).expect(308);
    expect(oldEncounters.headers['location']).toBe(`/v1/clients/${kari.id}/encounters`);
    // Other libraries refuse new records under the old id, naming the survivor (not a 404).
    const lateEnrolment = await api
      .http()
      .post(`/v1/services/${skien.services['Opp & Jobb']}/enrolments`)
      .set('Authorization', nurse)
      .send({ clientId: my.id, reason: 'Jobbtrening', startedOn: TODAY })
      .expect(409);
    expect(lateEnrolment.body).toMatchObject({
      code: 'clients.client-merged',
      survivorId: kari.id,
    });
    const lateSeat = await api
      .http()
      .post(`/v1/groups/${skien.groups['Styrke og kondisjon'].id}/members`)
      .set('Authorization', nurse)
      .send({ clientId: my.id })
      .expect(409);
    expect(lateSeat.body.errors[0]).toMatchObject({ field: 'clientId', rule: 'not-merged' });
    // Someone without a care relation to her learns nothing of the merge.
    const outside = await api
      .http()
      .post(`/v1/services/${skien.services['Opp & Jobb']}/enrolments`)
      .set('Authorization', outsider)
      .send({ clientId: my.id, reason: 'Jobbtrening', startedOn: TODAY });
    expect(outside.status).toBe(404);
    expect(JSON.stringify(outside.body)).not.toContain(kari.id);

    const mergeAudit = await auditRows(api, { resourceType: 'client-merge' });
    expect(
      mergeAudit.filter((row) => row.resource_id === merged.body.id).map((row) => row.client_id),
    ).toEqual(expect.arrayContaining([my.id, kari.id]));

    // Only a privacy officer of the municipality reverses it, and only once.
    const reverse = (bearer: string, mergeId = merged.body.id as string) =>
      api
        .http()
        .post(`/v1/client-merges/${mergeId}/reverse`)
        .set('Authorization', bearer)
        .send({ reason: 'Two different women born in 1988; merged by mistake' });
    await reverse(nurse).expect(403);
    await reverse(
      `Bearer ${await api.token({ tenant: OSLO, subject: 'privacy-ola', roles: ['privacy-officer'] })}`,
    ).expect(404);
    await reverse(privacyOfficer, randomUUID()).expect(404);
    const reversed = await reverse(privacyOfficer).expect(200);
    expect(reversed.body).toMatchObject({ reversedBy: 'privacy-kari' });
    expect(await history(my.id)).toEqual(myBefore);
    expect(await history(kari.id)).toEqual(kariBefore);
    await get(`/v1/clients/${my.id}`).expect(200);
    expect(await listed()).toEqual({
      search: [my.id],
      caseload: expect.arrayContaining([my.id, kari.id]),
    });
    const twice = await reverse(privacyOfficer).expect(409);
    expect(twice.body.code).toBe('clients.merge-reversed');
    const reversalAudit = await auditRows(api, {
      resourceType: 'client-merge',
      actorSubject: 'privacy-kari',
    });
    expect(reversalAudit.map((row) => row.client_id)).toEqual(
      expect.arrayContaining([my.id, kari.id]),
    );
  });

  it('lists possible duplicates among the clients a lead’s team serves, for the lead to decide', async () => {
    const team = skien.teams['Lavterskel og LAR'];
    const lead = `Bearer ${await api.token({ tenant: SKIEN, subject: 'lead-per', roles: ['team-lead'], teams: [team] })}`;
    const otherLead = `Bearer ${await api.token({ tenant: SKIEN, subject: 'lead-siv', roles: ['team-lead'], teams: [skien.teams.Ungdom] })}`;
    const sara = await post('/v1/clients', {
      nationalId: nextNationalId(),
      givenName: 'Sara',
      familyName: 'Nilsen',
      birthDate: '1990-06-01',
      contactChannels: [{ kind: 'mobile', value: '+47 987 65 432' }],
    });
    const sarah = await post('/v1/clients', { alias: 'Sarah', birthYear: 1990 });
    const bamse = await post('/v1/clients', {
      alias: 'Bamse',
      birthYear: 1975,
      contactChannels: [{ kind: 'mobile', value: '98765432' }],
    });
    // Matches Sara and Sarah too, but the team does not serve her: the lead does not see her.
    const unserved = await post('/v1/clients', { alias: 'Sarah Bjørk', birthYear: 1990 });
    for (const client of [sara, sarah, bamse]) await enrol('Feltpleien', client.id);

    const list = (bearer: string, teamId: string) =>
      get(`/v1/client-duplicates?teamId=${teamId}`, bearer);
    const response = await list(lead, team).expect(200);
    const pairs = (response.body.items as { clients: { id: string }[]; reasons: string[] }[]).map(
      (item) => ({ ids: item.clients.map((c) => c.id).sort(), reasons: item.reasons }),
    );
    expect(pairs).toEqual(
      expect.arrayContaining([
        { ids: [sara.id, sarah.id].sort(), reasons: ['same-birth-year-similar-name'] },
        { ids: [sara.id, bamse.id].sort(), reasons: ['same-phone'] },
      ]),
    );
    expect(pairs.flatMap((pair) => pair.ids)).not.toContain(unserved.id);
    expect(pairs).toHaveLength(2);
    const audit = await auditRows(api, {
      resourceType: 'client-duplicates',
      actorSubject: 'lead-per',
    });
    expect(audit.map((row) => row.client_id).sort()).toEqual([sara.id, sarah.id, bamse.id].sort());

    const forbidden = await list(otherLead, team).expect(403);
    expect(forbidden.body.errors[0]).toMatchObject({ field: 'teamId', rule: 'own-team' });
    expect((await list(otherLead, skien.teams.Ungdom).expect(200)).body.items).toEqual([]);
    await list(nurse, team).expect(403);
    const invalid = await list(lead, 'not-a-team').expect(400);
    expect(invalid.body.errors[0]).toMatchObject({ field: 'teamId' });
  });
});
