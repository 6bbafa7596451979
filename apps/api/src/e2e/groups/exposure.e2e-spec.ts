import { randomUUID } from 'node:crypto';
import type { ExposureDisclosureDecision } from '@lavterskel/groups';
import { fixedClock } from '@lavterskel/kernel';
import { auditRows, startGroupsTestApp, type GroupsTestApp } from './groups-test-app';

/**
 * GR-6 with a consent decision that permits: the reference API denies every exposure list until
 * the consent library is wired (see membership.e2e-spec.ts), so this app answers as a consent
 * service would, from a decision the test sets.
 */
describe('exposure lists for contact tracing over HTTP (GR-6)', () => {
  let api: GroupsTestApp;
  let staff: string;
  const disclosure: { decision: ExposureDisclosureDecision; asked: string[] } = {
    decision: { permitted: true, basis: 'consent 7d1e0c2a (contact tracing)' },
    asked: [],
  };
  let [index, contact, absent, elsewhere] = ['', '', '', ''];
  let groupId: string;
  let sessions: { id: string; date: string; cohortId: string }[];

  beforeAll(async () => {
    api = await startGroupsTestApp({
      clock: fixedClock('2026-11-23T12:00:00Z'),
      exposureDisclosure: {
        check: async ({ clientId, purpose }) => {
          disclosure.asked.push(`${clientId} ${purpose}`);
          return disclosure.decision;
        },
      },
    });
    staff = await api.bearer();
    [index, contact, absent, elsewhere] = (await api.registerClients(4)) as [
      string,
      string,
      string,
      string,
    ];
    api.relate('leader-kari', index, contact, absent, elsewhere);
    const group = await api
      .http()
      .post('/v1/groups')
      .set('Authorization', staff)
      .send({
        serviceId: randomUUID(),
        name: 'Street football',
        locationKind: 'outdoor',
        capacity: 20,
        schedule: [{ weekday: 'monday', startTime: '10:00', durationMinutes: 90, maxCohorts: 1 }],
      })
      .expect(201);
    groupId = group.body.id;
    await api
      .http()
      .post(`/v1/groups/${groupId}/cohorts`)
      .set('Authorization', staff)
      .send({ slot: { weekday: 'monday', startTime: '10:00' }, maxSize: 10 })
      .expect(201);
    for (const clientId of [index, contact, absent, elsewhere]) {
      await api
        .http()
        .post(`/v1/groups/${groupId}/members`)
        .set('Authorization', staff)
        .send({ clientId })
        .expect(201);
    }
    await api
      .http()
      .post(`/v1/groups/${groupId}/sessions`)
      .set('Authorization', staff)
      .send({ from: '2026-11-09', to: '2026-11-23' })
      .expect(201);
    sessions = (
      await api
        .http()
        .get(`/v1/groups/${groupId}/sessions?from=2026-11-09&to=2026-11-23`)
        .set('Authorization', staff)
        .expect(200)
    ).body.items;
    const mark = (sessionId: string, clientId: string, status: string) =>
      api
        .http()
        .put(`/v1/groups/${groupId}/sessions/${sessionId}/attendance/${clientId}`)
        .set('Authorization', staff)
        .send({ status })
        .expect(201);
    const [ninth, sixteenth] = sessions;
    await mark(ninth?.id ?? '', index, 'present');
    await mark(ninth?.id ?? '', contact, 'present');
    await mark(ninth?.id ?? '', absent, 'absent');
    await mark(sixteenth?.id ?? '', index, 'present');
    await mark(sixteenth?.id ?? '', contact, 'present');
    await mark(sixteenth?.id ?? '', elsewhere, 'absent');
  });
  afterAll(() => api.close());

  const query = (from: string, to: string, bearer = staff) =>
    api
      .http()
      .get(`/v1/groups/exposure?clientId=${index}&from=${from}&to=${to}`)
      .set('Authorization', bearer);

  it('lists who was present with the client, with the sessions’ dates, and audits a disclosure for each client', async () => {
    const report = await query('2026-11-01', '2026-11-23').expect(200);
    expect(report.body).toEqual({
      clientId: index,
      from: '2026-11-01',
      to: '2026-11-23',
      legalBasis: 'consent 7d1e0c2a (contact tracing)',
      contacts: [
        {
          clientId: contact,
          sessions: sessions.slice(0, 2).map((session) => ({
            sessionId: session.id,
            groupId,
            cohortId: session.cohortId,
            date: session.date,
            startTime: '10:00',
          })),
        },
      ],
    });
    expect(disclosure.asked).toContain(`${index} contact-tracing`);
    expect(await auditRows(api, { clientId: index })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'disclose',
          reason: expect.stringContaining('basis: consent 7d1e0c2a'),
        }),
      ]),
    );
    expect(await auditRows(api, { clientId: contact })).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'disclose' })]),
    );
    expect(
      (await auditRows(api, { clientId: absent })).filter((row) => row.action === 'disclose'),
    ).toEqual([]);
    const narrow = await query('2026-11-10', '2026-11-15').expect(200);
    expect(narrow.body.contacts).toEqual([]);
  });

  it('discloses nothing when the consent service says no, and nothing about another municipality’s clients', async () => {
    disclosure.decision = { permitted: false, reason: 'consent withdrawn' };
    try {
      const denied = await query('2026-11-01', '2026-11-23').expect(403);
      expect(denied.body).toMatchObject({
        code: 'groups.exposure-disclosure-denied',
        reason: 'consent withdrawn',
      });
    } finally {
      disclosure.decision = { permitted: true, basis: 'emergency (helsepersonelloven § 29)' };
    }
    await query('2026-11-01', '2026-11-23', await api.bearer({ tenant: '0301' })).expect(404);
    await query('2026-11-01', '2026-11-23', await api.bearer({ subject: 'nurse-ola' })).expect(404);
    const breakGlass = await query(
      '2026-11-01',
      '2026-11-23',
      await api.bearer({ subject: 'nurse-ola' }),
    )
      .set('X-Break-Glass-Reason', 'Confirmed case; the own nurse of the client is off duty')
      .expect(200);
    expect(breakGlass.body.contacts).toHaveLength(1);
    expect(await auditRows(api, { clientId: index })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'break-glass', actorSubject: 'nurse-ola' }),
      ]),
    );
  });
});
