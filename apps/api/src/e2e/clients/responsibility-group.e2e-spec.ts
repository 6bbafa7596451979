import { randomUUID } from 'node:crypto';
import { fhirValidationErrors } from '@lavterskel/fhir-validator';
import { fixedClock } from '@lavterskel/kernel';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { OSLO, SKIEN, auditRows, bearer, registerClient } from './clients-fixtures';

const DPS = {
  kind: 'dps',
  name: 'DPS Vestfold og Telemark, poliklinikk Skien',
  organisationNumber: '974707152',
};
const NAV = { kind: 'nav', name: 'NAV Skien', organisationNumber: '889640782' };
const GP = { kind: 'gp', name: 'Skien legesenter', organisationNumber: '983123457' };

describe('responsibility group (ansvarsgruppe): members, consent per external, meetings, CareTeam', () => {
  const clock = fixedClock('2026-11-23T12:00:00Z');
  const team = randomUUID();
  let api: TestApp;
  let anne: string;
  let ola: string;
  let oslo: string;

  beforeAll(async () => {
    api = await startTestApp({ clock });
    anne = await api.token({
      tenant: SKIEN,
      subject: 'nurse-anne',
      roles: ['staff'],
      teams: [team],
    });
    ola = await api.token({ tenant: SKIEN, subject: 'nurse-ola', roles: ['staff'], teams: [team] });
    oslo = await api.token({
      tenant: OSLO,
      subject: 'nurse-anne',
      roles: ['staff'],
      teams: [team],
    });
  });
  afterAll(() => api.close());

  const path = (clientId: string) => `/v1/clients/${clientId}/responsibility-group`;
  const coordinator = {
    kind: 'staff',
    subject: 'nurse-anne',
    name: 'Anne Sykepleier',
    coordinator: true,
    validFrom: '2026-11-01',
    validTo: null,
  };
  const external = (organisation: object, name: string) => ({
    kind: 'external',
    organisation,
    name,
    phone: '+47 35 00 00 00',
    email: null,
    validFrom: '2026-11-01',
    validTo: null,
  });
  const groupBody = (members: object[] = [coordinator]) => ({
    categories: ['health', 'attendance'],
    members,
  });
  const grantConsent = (clientId: string, recipients: object[]) =>
    api
      .http()
      .post('/v1/consents')
      .set(bearer(anne))
      .send({
        clientId,
        categories: ['health', 'attendance'],
        purposes: ['treatment-coordination'],
        recipients: recipients.map((recipient) => ({ type: 'organisation', ...recipient })),
        validFrom: '2026-11-01T00:00:00+01:00',
        method: 'oral',
      })
      .expect(201);

  it('a ROP client with a vedtak gets a group with DPS, NAV and the GP; the GP without consent is listed, not dropped; they meet on video', async () => {
    const client = await registerClient(api, anne);
    await api
      .http()
      .post(`/v1/clients/${client.id}/clinical-profile`)
      .set(bearer(anne))
      .send({ mainSubstances: ['opioids'], rop: true, diagnoses: [], diagnosesPurpose: null })
      .expect(201);
    await api
      .http()
      .post(`/v1/clients/${client.id}/vedtak`)
      .set(bearer(anne))
      .send({
        reference: '2026/88',
        service: 'Ambulant oppfølging (ROP)',
        hoursPerWeek: 4,
        decidedOn: '2026-10-28',
        validFrom: '2026-11-02',
      })
      .expect(201);
    // The client consents to DPS and NAV getting health and attendance; the GP is not named.
    await grantConsent(client.id, [
      { organisationNumber: DPS.organisationNumber, name: DPS.name },
      { organisationNumber: NAV.organisationNumber, name: NAV.name },
    ]);

    const created = await api
      .http()
      .post(path(client.id))
      .set(bearer(anne))
      .send(
        groupBody([
          coordinator,
          external(DPS, 'Dr. Kari Berg'),
          external(NAV, 'Per Veileder'),
          external(GP, 'Dr. Lise Fastlege'),
          { kind: 'client', validFrom: '2026-11-01', validTo: null },
        ]),
      )
      .expect(201);
    expect(created.headers['etag']).toBe('"1"');
    const [anneMember, dps, nav, gp, self] = created.body.members;
    expect(created.body.members).toHaveLength(5);
    expect(anneMember).toMatchObject({ kind: 'staff', coordinator: true, consent: null });
    expect(dps.consent).toMatchObject({ status: 'permitted' });
    expect(nav.consent).toMatchObject({ status: 'permitted' });
    expect(gp).toMatchObject({
      name: 'Dr. Lise Fastlege',
      organisation: GP,
      consent: { status: 'not-yet-consented' },
    });
    expect(gp.consent.decisions.map((d: { permitted: boolean }) => d.permitted)).toEqual([
      false,
      false,
    ]);
    expect(dps.consent.decisions.map((d: { category: string }) => d.category)).toEqual([
      'health',
      'attendance',
    ]);

    // The recorded decision ids are the consent library's own: a share on DPS's is accepted, on the GP's refused.
    await api
      .http()
      .post(`/v1/sharing-decisions/${dps.consent.decisions[0].decisionId}/disclosures`)
      .set(bearer(anne))
      .send({ description: 'Health summary for the responsibility group meeting.' })
      .expect(201);
    const denied = await api
      .http()
      .post(`/v1/sharing-decisions/${gp.consent.decisions[0].decisionId}/disclosures`)
      .set(bearer(anne))
      .send({ description: 'Health summary for the responsibility group meeting.' })
      .expect(409);
    expect(denied.body.code).toBe('consent.decision-denied');

    // Reading asks nothing anew: the decisions are those of the change.
    const read = await api.http().get(path(client.id)).set(bearer(anne)).expect(200);
    expect(read.body.members[3].consent).toEqual(gp.consent);

    const planned = await api
      .http()
      .post(`${path(client.id)}/meetings`)
      .set(bearer(anne))
      .send({
        scheduledAt: '2026-11-23T10:00:00+01:00',
        channel: 'video',
        location: 'Video link by e-mail',
      })
      .expect(201);
    expect(planned.body).toMatchObject({ status: 'planned', channel: 'video', minutes: null });

    const recorded = await api
      .http()
      .post(`${path(client.id)}/meetings/${planned.body.id}/minutes`)
      .set(bearer(anne))
      .send({
        heldAt: '2026-11-23T10:05:00+01:00',
        attendeeMemberIds: [anneMember.id, dps.id, nav.id, gp.id, self.id],
        decisions: [{ text: 'Start a job trial through NAV in January' }],
        followUps: [
          {
            text: 'Send the application for the job trial',
            responsibleMemberId: nav.id,
            due: '2026-12-15',
          },
          { text: 'Review medication', responsibleMemberId: dps.id, due: '2026-12-01' },
        ],
        nextMeeting: { scheduledAt: '2027-01-20T10:00:00+01:00', channel: 'video', location: null },
      })
      .expect(201);
    expect(recorded.body).toMatchObject({
      status: 'held',
      channel: 'video',
      minutes: {
        attendeeMemberIds: [anneMember.id, dps.id, nav.id, gp.id, self.id],
        decisions: [{ text: 'Start a job trial through NAV in January' }],
        followUps: [
          { responsibleMemberId: nav.id, due: '2026-12-15' },
          { responsibleMemberId: dps.id, due: '2026-12-01' },
        ],
        recordedBy: 'nurse-anne',
      },
    });
    const again = await api
      .http()
      .post(`${path(client.id)}/meetings/${planned.body.id}/minutes`)
      .set(bearer(anne))
      .send({
        heldAt: '2026-11-23T10:05:00+01:00',
        attendeeMemberIds: [anneMember.id],
        decisions: [],
        followUps: [],
        nextMeeting: null,
      })
      .expect(409);
    expect(again.body.code).toBe('clients.meeting-already-held');

    const meetings = await api
      .http()
      .get(`${path(client.id)}/meetings`)
      .set(bearer(anne))
      .expect(200);
    expect(
      meetings.body.items.map((m: { id: string; status: string }) => [m.id, m.status]),
    ).toEqual([
      [recorded.body.minutes.nextMeetingId, 'planned'],
      [planned.body.id, 'held'],
    ]);

    // The GP attended: leaving them out of the group is refused; their membership can end instead.
    const withoutGp = await api
      .http()
      .put(path(client.id))
      .set(bearer(anne))
      .set('If-Match', '"1"')
      .send(
        groupBody([
          { ...coordinator, id: anneMember.id },
          { ...external(DPS, 'Dr. Kari Berg'), id: dps.id },
          { ...external(NAV, 'Per Veileder'), id: nav.id },
          { kind: 'client', validFrom: '2026-11-01', validTo: null, id: self.id },
        ]),
      )
      .expect(400);
    expect(withoutGp.body.errors).toEqual([
      expect.objectContaining({ field: 'members', rule: 'keeps-members-of-minutes' }),
    ]);

    const careTeam = await api
      .http()
      .get(`${path(client.id)}/fhir`)
      .set(bearer(anne))
      .expect(200);
    expect(careTeam.headers['content-type']).toMatch(/application\/fhir\+json/);
    expect(fhirValidationErrors(careTeam.body)).toEqual([]);
    expect(careTeam.body).toMatchObject({
      resourceType: 'CareTeam',
      id: created.body.id,
      subject: { reference: `Patient/${client.id}` },
    });
    expect(
      careTeam.body.participant.map(
        (p: { role: { coding: { code: string }[] }[] }) => p.role[0]?.coding[0]?.code,
      ),
    ).toEqual(['coordinator', 'dps', 'nav', 'gp', 'client']);
    expect(careTeam.body.participant[3]).toMatchObject({
      member: { reference: `#person-${gp.id}`, display: 'Dr. Lise Fastlege' },
      onBehalfOf: { reference: `#organisation-${gp.id}`, display: GP.name },
      period: { start: '2026-11-01' },
    });
    expect(careTeam.body.contained).toContainEqual({
      resourceType: 'Organization',
      id: `organisation-${gp.id}`,
      identifier: [{ system: 'urn:oid:2.16.578.1.12.4.1.4.101', value: GP.organisationNumber }],
      name: GP.name,
    });

    const audit = await auditRows(api, { clientId: client.id });
    const actions = (type: string) =>
      audit
        .filter((row) => row.resource_type === type)
        .map((row) => row.action)
        .sort();
    expect(actions('responsibility-group')).toEqual(['create', 'export', 'read']);
    expect(actions('responsibility-group-meeting')).toEqual(['create', 'create', 'read', 'update']);
  });

  it('replaces members under If-Match keeping their ids; the GP asked anew once the client consents', async () => {
    const client = await registerClient(api, anne);
    const created = await api
      .http()
      .post(path(client.id))
      .set(bearer(anne))
      .send(groupBody([coordinator, external(GP, 'Dr. Lise Fastlege')]))
      .expect(201);
    const [anneMember, gp] = created.body.members;
    expect(gp.consent.status).toBe('not-yet-consented');
    const second = await api
      .http()
      .post(path(client.id))
      .set(bearer(anne))
      .send(groupBody())
      .expect(409);
    expect(second.body.code).toBe('clients.responsibility-group-exists');

    await grantConsent(client.id, [{ organisationNumber: GP.organisationNumber, name: GP.name }]);
    const replacement = groupBody([
      { ...coordinator, id: anneMember.id, validTo: '2026-11-23', coordinator: false },
      { ...coordinator, subject: 'nurse-ola', name: 'Ola Vernepleier', coordinator: true },
      { ...external(GP, 'Dr. Lise Fastlege'), id: gp.id },
    ]);
    await api.http().put(path(client.id)).set(bearer(anne)).send(replacement).expect(428);
    const replaced = await api
      .http()
      .put(path(client.id))
      .set(bearer(anne))
      .set('If-Match', '"1"')
      .send(replacement)
      .expect(200);
    expect(replaced.headers['etag']).toBe('"2"');
    expect(replaced.body.members.map((m: { id: string }) => m.id)).toEqual([
      anneMember.id,
      expect.any(String),
      gp.id,
    ]);
    expect(replaced.body.members[1]).toMatchObject({ subject: 'nurse-ola', coordinator: true });
    expect(replaced.body.members[2].consent.status).toBe('permitted');
    await api
      .http()
      .put(path(client.id))
      .set(bearer(anne))
      .set('If-Match', '"1"')
      .send(replacement)
      .expect(412);
  });

  it('refuses a group breaking the rules, naming each field and rule, and saves nothing', async () => {
    const client = await registerClient(api, anne);
    const bad = await api
      .http()
      .post(path(client.id))
      .set(bearer(anne))
      .send({
        categories: ['health', 'horoscope'],
        members: [
          { ...coordinator, coordinator: false },
          {
            ...external({ ...DPS, organisationNumber: '123456789' }, 'Dr. Kari Berg'),
            coordinator: true,
          },
          { kind: 'relative', relativeId: randomUUID(), validFrom: '2026-11-01', validTo: null },
        ],
      })
      .expect(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'members', rule: 'one-coordinator' }),
        expect.objectContaining({ field: 'members[1].coordinator', rule: 'staff-only' }),
        expect.objectContaining({
          field: 'members[1].organisation.organisationNumber',
          rule: 'organisation-number',
        }),
        expect.objectContaining({ field: 'members[2].relativeId', rule: 'known-relative' }),
      ]),
    );
    // A category the consent vocabulary lacks is named once the externals are asked about.
    const unknown = await api
      .http()
      .post(path(client.id))
      .set(bearer(anne))
      .send({
        categories: ['health', 'horoscope'],
        members: [coordinator, external(DPS, 'Dr. Kari Berg')],
      })
      .expect(400);
    expect(unknown.body.errors).toEqual([
      expect.objectContaining({ field: 'categories[1]', rule: 'known-category' }),
    ]);
    const shape = await api
      .http()
      .post(path(client.id))
      .set(bearer(anne))
      .send({
        categories: ['health'],
        members: [
          { ...coordinator, kind: 'volunteer', validFrom: 'soon' },
          { kind: 'external', validFrom: '2026-11-01', validTo: null },
        ],
      })
      .expect(400);
    expect(shape.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'members[0].kind', rule: 'isIn' }),
        expect.objectContaining({ field: 'members[0].validFrom' }),
        expect.objectContaining({ field: 'members[1].organisation' }),
        expect.objectContaining({ field: 'members[1].name' }),
      ]),
    );
    await api.http().get(path(client.id)).set(bearer(anne)).expect(404);

    await api.http().post(path(client.id)).set(bearer(anne)).send(groupBody()).expect(201);
    const meeting = await api
      .http()
      .post(`${path(client.id)}/meetings`)
      .set(bearer(anne))
      .send({ scheduledAt: '2026-11-23T10:00:00+01:00', channel: 'teleport', location: null })
      .expect(400);
    expect(meeting.body.errors).toEqual([
      expect.objectContaining({ field: 'channel', rule: 'isIn' }),
    ]);
    const planned = await api
      .http()
      .post(`${path(client.id)}/meetings`)
      .set(bearer(anne))
      .send({
        scheduledAt: '2026-11-23T10:00:00+01:00',
        channel: 'outdoors',
        location: 'Walk by the river',
      })
      .expect(201);
    const stranger = randomUUID();
    const minutes = await api
      .http()
      .post(`${path(client.id)}/meetings/${planned.body.id}/minutes`)
      .set(bearer(anne))
      .send({
        heldAt: '2026-11-24T10:00:00+01:00',
        attendeeMemberIds: [stranger],
        decisions: [{ text: ' ' }],
        followUps: [{ text: 'x', responsibleMemberId: stranger, due: '2026-11-01' }],
        nextMeeting: null,
      })
      .expect(400);
    expect(minutes.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'heldAt', rule: 'not-in-future' }),
        expect.objectContaining({ field: 'attendeeMemberIds[0]', rule: 'member-on-day' }),
        expect.objectContaining({ field: 'decisions[0].text', rule: 'not-blank' }),
        expect.objectContaining({
          field: 'followUps[0].responsibleMemberId',
          rule: 'member-on-day',
        }),
        expect.objectContaining({ field: 'followUps[0].due', rule: 'not-before-meeting' }),
      ]),
    );
    const list = await api
      .http()
      .get(`${path(client.id)}/meetings`)
      .set(bearer(anne))
      .expect(200);
    expect(list.body.items.map((m: { status: string }) => m.status)).toEqual(['planned']);
  });

  it('keeps the group need-to-know: no care relation or another municipality is 404, audited as denied', async () => {
    const client = await registerClient(api, anne);
    await api.http().post(path(client.id)).set(bearer(anne)).send(groupBody()).expect(201);
    const meeting = await api
      .http()
      .post(`${path(client.id)}/meetings`)
      .set(bearer(anne))
      .send({ scheduledAt: '2026-11-23T10:00:00+01:00', channel: 'office', location: null })
      .expect(201);
    // A colleague in the same team without a care relation is refused too.
    for (const token of [ola, oslo]) {
      await api.http().get(path(client.id)).set(bearer(token)).expect(404);
      await api
        .http()
        .get(`${path(client.id)}/fhir`)
        .set(bearer(token))
        .expect(404);
      await api
        .http()
        .get(`${path(client.id)}/meetings`)
        .set(bearer(token))
        .expect(404);
      await api
        .http()
        .put(path(client.id))
        .set(bearer(token))
        .set('If-Match', '"1"')
        .send(groupBody())
        .expect(404);
      await api
        .http()
        .post(`${path(client.id)}/meetings`)
        .set(bearer(token))
        .send({ scheduledAt: '2026-11-23T10:00:00+01:00', channel: 'office', location: null })
        .expect(404);
      await api
        .http()
        .post(`${path(client.id)}/meetings/${meeting.body.id}/minutes`)
        .set(bearer(token))
        .send({
          heldAt: '2026-11-23T10:00:00+01:00',
          attendeeMemberIds: [],
          decisions: [],
          followUps: [],
          nextMeeting: null,
        })
        .expect(404);
    }
    const denied = await auditRows(api, { clientId: client.id, actorSubject: 'nurse-ola' });
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((row) => row.action === 'denied')).toBe(true);
    const read = await api.http().get(path(client.id)).set(bearer(anne)).expect(200);
    expect(read.body.version).toBe(1);
    const meetings = await api
      .http()
      .get(`${path(client.id)}/meetings`)
      .set(bearer(anne))
      .expect(200);
    expect(meetings.body.items).toEqual([expect.objectContaining({ status: 'planned' })]);
  });
});
