import { fhirValidationErrors } from '@lavterskel/fhir-validator';
import { identifiedClient } from '../clients/clients-fixtures';
import { OSLO, startServicesApp, type ServicesTestApp } from '../services/services-e2e';

/**
 * Seed 004 (Oslo, Alna's ROP follow-up service), through the API alone: a ROP client with a
 * vedtak, a referral to the DPS refused without consent and accepted with it, a responsibility
 * group with the DPS, NAV and the GP meeting on video, an individual plan with two goals and
 * their measures, and KOR scores over four sessions with an alert on the fourth.
 */

/** Oslo kommune's organisation number: its services are roles of it in consents. */
const OSLO_KOMMUNE = '974760673';
const DPS = {
  kind: 'dps',
  name: 'DPS Groruddalen, ROP-poliklinikken',
  organisationNumber: '983971636',
};
const NAV = { kind: 'nav', name: 'NAV Alna', organisationNumber: '889640782' };
const GP = { kind: 'gp', name: 'Furuset legesenter', organisationNumber: '983123457' };

const ors = (score: number) => ({
  individually: score,
  interpersonally: score,
  socially: score,
  overall: score,
});
const srs = (score: number) => ({
  relationship: score,
  goalsAndTopics: score,
  approachOrMethod: score,
  overall: score,
});

describe('journey: Alna ROP follow-up (seed 004) through the API alone', () => {
  let api: ServicesTestApp;
  let lead: string;
  let nurse: string;
  let serviceId: string;
  let dpsPartnerId: string;

  beforeAll(async () => {
    api = await startServicesApp({
      env: { MUNICIPALITY_ORGANISATION_NUMBERS: `${OSLO}=${OSLO_KOMMUNE}` },
    });
    lead = await api.bearer({ tenant: OSLO, roles: ['team-lead'], subject: 'lead-sofie' });
    const team = await post('/v1/staff/teams', lead, { name: 'ROP-teamet Alna' }, 201);
    serviceId = (
      await post(
        '/v1/services',
        lead,
        {
          teamId: team.id,
          name: 'Oppfølgingstjenesten ROP, bydel Alna',
          category: 'treatment-follow-up',
          location: { name: 'Alna bydelshus', address: 'Strømsveien 258, 0668 Oslo' },
          openingHours: [{ weekday: 1, opens: '08:00', closes: '15:30' }],
          critical: true,
          requiredCompetencies: [],
        },
        201,
      )
    ).id;
    dpsPartnerId = (await post('/v1/services/partners', lead, DPS, 201)).id;
    nurse = await api.bearer({
      tenant: OSLO,
      roles: ['staff'],
      teams: [team.id],
      subject: 'nurse-amir',
    });
  });
  afterAll(() => api.close());

  async function post(
    path: string,
    token: string,
    body: object,
    status: number,
    headers: Record<string, string> = {},
  ) {
    const response = await api
      .http()
      .post(path)
      .set('Authorization', token)
      .set(headers)
      .send(body);
    // The problem body shows in the failure when the status is not the expected one.
    expect([
      path,
      response.status,
      response.status === status ? 'as expected' : response.body,
    ]).toEqual([path, status, 'as expected']);
    return response.body;
  }
  const get = async (path: string) =>
    (await api.http().get(path).set('Authorization', nurse).expect(200)).body;

  it('follows a ROP client from vedtak to referral, responsibility group, individual plan and KOR alert', async () => {
    // A ROP client registered by the nurse (her primary contact), enrolled, with a vedtak.
    const client = await post(
      '/v1/clients',
      nurse,
      identifiedClient({ givenName: 'Jonas', familyName: 'Haugen', birthDate: '1988-06-02' }),
      201,
    );
    const clientId: string = client.id;
    await post(
      `/v1/clients/${clientId}/clinical-profile`,
      nurse,
      { mainSubstances: ['alcohol', 'cannabis'], rop: true, diagnoses: [], diagnosesPurpose: null },
      201,
    );
    await post(
      `/v1/services/${serviceId}/enrolments`,
      nurse,
      { clientId, reason: 'ROP follow-up' },
      201,
    );
    await post(
      `/v1/clients/${clientId}/vedtak`,
      nurse,
      {
        reference: '2026/4711',
        service: 'Oppfølging i hjemmet (ROP)',
        hoursPerWeek: 4,
        decidedOn: '2026-11-02',
        validFrom: '2026-11-09',
      },
      201,
    );

    // A referral to the DPS is refused while the client has not consented: nothing is sent.
    const referral = {
      clientId,
      from: { serviceId },
      to: { partnerId: dpsPartnerId },
      reason: 'Assessment of psychosis symptoms alongside heavy cannabis use',
      urgency: 'urgent',
      categories: ['health', 'contact-details'],
      purpose: 'treatment-coordination',
    };
    const refused = await post('/v1/referrals', nurse, referral, 403);
    expect(refused.code).toBe('services.sharing-refused');
    expect(refused.errors.map((e: { rule: string }) => e.rule)).toEqual([
      'no-consent',
      'no-consent',
    ]);
    expect(await get(`/v1/services/clients/${clientId}/referrals`)).toMatchObject({ items: [] });

    // The client consents in writing to the DPS and NAV (not the GP) getting what they need.
    await post(
      '/v1/consents',
      nurse,
      {
        clientId,
        categories: ['health', 'contact-details', 'attendance'],
        purposes: ['treatment-coordination'],
        recipients: [DPS, NAV].map(({ organisationNumber, name }) => ({
          type: 'organisation',
          organisationNumber,
          name,
        })),
        validFrom: '2026-11-01T00:00:00+01:00',
        validTo: '2027-11-01T00:00:00+01:00',
        method: 'written',
      },
      201,
    );
    const sent = await post('/v1/referrals', nurse, referral, 201);
    expect(sent).toMatchObject({ status: 'sent', dueOn: '2026-11-30' });
    const accepted = await post(
      `/v1/referrals/${sent.id}/accept`,
      nurse,
      { note: 'Assessment at the DPS on 3 December' },
      200,
      { 'If-Match': '"1"' },
    );
    expect(accepted).toMatchObject({ status: 'accepted' });
    // One disclosure per category shared with the referral.
    const disclosed = await api.db.dataSource.query(
      `SELECT count(*)::int AS n FROM consent.disclosure WHERE client_id = $1`,
      [clientId],
    );
    expect(disclosed[0].n).toBe(2);
    expect(fhirValidationErrors(await get(`/v1/referrals/${sent.id}/fhir`))).toEqual([]);

    // The responsibility group: the nurse coordinates; the DPS, NAV and the GP take part.
    const external = (organisation: object, name: string) => ({
      kind: 'external',
      organisation,
      name,
      phone: '+47 23 00 00 00',
      email: null,
      validFrom: '2026-11-23',
      validTo: null,
    });
    const group = await post(
      `/v1/clients/${clientId}/responsibility-group`,
      nurse,
      {
        categories: ['health', 'attendance'],
        members: [
          {
            kind: 'staff',
            subject: 'nurse-amir',
            name: 'Amir Sykepleier',
            coordinator: true,
            validFrom: '2026-11-23',
            validTo: null,
          },
          external(DPS, 'Dr. Ingrid Lund'),
          external(NAV, 'Per Veileder'),
          external(GP, 'Dr. Lise Fastlege'),
          { kind: 'client', validFrom: '2026-11-23', validTo: null },
        ],
      },
      201,
    );
    const [amir, dps, nav, gp, self] = group.members;
    expect(
      [dps, nav, gp].map((member: { consent: { status: string } }) => member.consent.status),
    ).toEqual(['permitted', 'permitted', 'not-yet-consented']);
    const meeting = await post(
      `/v1/clients/${clientId}/responsibility-group/meetings`,
      nurse,
      {
        scheduledAt: '2026-11-23T09:00:00+01:00',
        channel: 'video',
        location: 'Video link by e-mail',
      },
      201,
    );
    const held = await post(
      `/v1/clients/${clientId}/responsibility-group/meetings/${meeting.id}/minutes`,
      nurse,
      {
        heldAt: '2026-11-23T09:05:00+01:00',
        attendeeMemberIds: [amir.id, dps.id, nav.id, gp.id, self.id],
        decisions: [{ text: 'The DPS assesses in December; NAV starts a work trial in January' }],
        followUps: [
          { text: 'Apply for the work trial', responsibleMemberId: nav.id, due: '2026-12-15' },
        ],
        nextMeeting: { scheduledAt: '2027-01-20T09:00:00+01:00', channel: 'video', location: null },
      },
      201,
    );
    expect(held).toMatchObject({ status: 'held', channel: 'video' });
    const meetings = await get(`/v1/clients/${clientId}/responsibility-group/meetings`);
    expect(meetings.items.map((m: { status: string }) => m.status).sort()).toEqual([
      'held',
      'planned',
    ]);
    expect(
      fhirValidationErrors(await get(`/v1/clients/${clientId}/responsibility-group/fhir`)),
    ).toEqual([]);

    // The individual plan: two goals in the client's words, each with a measure.
    const plan = await post(
      `/v1/clients/${clientId}/individual-plan`,
      nurse,
      {
        coordinator: 'nurse-amir',
        teamId: (await get(`/v1/services/${serviceId}`)).teamId,
        clientConsent: { given: true, on: '2026-11-23' },
        status: 'active',
        reviewDue: '2027-02-23',
        goals: [
          {
            inClientsWords: 'Jeg vil få orden på hodet',
            status: 'active',
            measures: [
              {
                description: 'Assessment and treatment at the DPS',
                responsible: { kind: 'partner', name: DPS.name },
                from: '2026-12-03',
                to: null,
              },
            ],
          },
          {
            inClientsWords: 'Jeg vil ha noe å gå til om dagen',
            status: 'active',
            measures: [
              {
                description: 'Work trial through NAV',
                responsible: { kind: 'partner', name: NAV.name },
                from: '2027-01-04',
                to: '2027-06-30',
              },
            ],
          },
        ],
      },
      201,
    );
    expect(plan.goals).toHaveLength(2);
    expect(fhirValidationErrors(await get(`/v1/clients/${clientId}/individual-plan/fhir`))).toEqual(
      [],
    );

    // KOR: four sessions; the fourth falls below the clinical cut-off and drops by 6.
    const scores = [
      { on: '2026-11-02', ors: 7.5, srs: 9.5 },
      { on: '2026-11-09', ors: 7.3, srs: 9.5 },
      { on: '2026-11-16', ors: 7, srs: 9.3 },
      { on: '2026-11-23', ors: 6, srs: 9.3 },
    ];
    const alertsAfter: string[][] = [];
    for (const score of scores) {
      const encounter = await post(
        `/v1/clients/${clientId}/encounters`,
        nurse,
        {
          channel: 'office',
          outcome: 'attended',
          topics: ['mental-health'],
          occurredAt: `${score.on}T08:00:00+01:00`,
          serviceId,
          durationMinutes: 45,
        },
        201,
      );
      await post(
        `/v1/clients/${clientId}/session-feedback`,
        nurse,
        { encounterId: encounter.id, ors: ors(score.ors), srs: srs(score.srs) },
        201,
      );
      const trend = await get(`/v1/clients/${clientId}/session-feedback`);
      alertsAfter.push(trend.alerts.map((alert: { code: string }) => alert.code));
    }
    expect(alertsAfter.slice(0, 3)).toEqual([[], [], []]);
    expect(alertsAfter[3]).toEqual(
      expect.arrayContaining(['ors-below-clinical-cutoff', 'ors-reliable-drop']),
    );

    // Every step is in the client's audit trail.
    const audited: { resource_type: string }[] = await api.db.dataSource.query(
      `SELECT DISTINCT resource_type FROM kernel.audit_event WHERE client_id = $1`,
      [clientId],
    );
    expect(audited.map((row) => row.resource_type)).toEqual(
      expect.arrayContaining([
        'client',
        'vedtak',
        'referral',
        'responsibility-group',
        'responsibility-group-meeting',
        'individual-plan',
        'session-feedback',
      ]),
    );
  });
});
