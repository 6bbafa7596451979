import { osloDate } from '@lavterskel/kernel';
import { startTestApp, type TestApp } from '../testing/test-app';
import type { DemoHttp } from './demo-http';
import { loadSkienDemo, type DemoLoadResult, type DemoTokenSigner } from './load-skien-demo';
import {
  DEMO_CLIENTS,
  DEMO_PARTNERS,
  DEMO_PLAN_NAME,
  DEMO_STAFF,
  DEMO_TENANT,
} from './skien-demo.plan';

describe('the demo municipality (npm run demo)', () => {
  let api: TestApp;
  let http: DemoHttp;
  let sign: DemoTokenSigner;
  let result: DemoLoadResult;
  const bearerOf = (role: string) =>
    `Bearer ${result.tokens.find((token) => token.role === role)?.token}`;

  beforeAll(async () => {
    api = await startTestApp();
    http = async ({ method, path, bearer, body, ifMatch }) => {
      let request = api
        .http()
        [method === 'GET' ? 'get' : method === 'POST' ? 'post' : 'put'](path)
        .set('Authorization', bearer);
      if (ifMatch) request = request.set('If-Match', ifMatch);
      const response = body ? await request.send(body) : await request;
      return { status: response.status, body: response.body as unknown };
    };
    sign = (claims) => api.token(claims);
    const labels: string[] = [];
    let total = 0;
    result = await loadSkienDemo({
      http,
      sign,
      tenant: DEMO_TENANT,
      today: osloDate(new Date()),
      progress: {
        start: (count) => (total = count),
        advance: (label) => labels.push(label),
        stop: () => undefined,
      },
    });
    expect(labels).toHaveLength(total);
  }, 300_000);

  afterAll(() => api.close());

  /** The long-term follow-up client, and GETs as their primary contact (who holds the care relation). */
  async function asFollowUpPrimary() {
    const index = DEMO_CLIENTS.findIndex((client) => client.longTermFollowUp);
    const primary = DEMO_CLIENTS[index]?.primary ?? 'Hanne Lund';
    const teams = await api
      .http()
      .get('/v1/staff/teams?limit=100')
      .set('Authorization', bearerOf('team-lead'));
    const token = await sign({
      tenant: DEMO_TENANT,
      subject: DEMO_STAFF[primary].subject,
      name: primary,
      roles: ['staff'],
      teams: teams.body.items.map((team: { id: string }) => team.id),
    });
    const get = async (path: string) => {
      const response = await api.http().get(path).set('Authorization', `Bearer ${token}`);
      expect([path, response.status]).toEqual([path, 200]);
      return response.body;
    };
    return { clientId: result.clientIds[index] as string, primary, get };
  }

  it('prints a token for each role', () => {
    expect(result.outcome).toBe('loaded');
    expect(result.tokens.map((token) => token.role).sort()).toEqual([
      'crisis-coordinator',
      'privacy-officer',
      'staff',
      'team-lead',
    ]);
  });

  it("gives the printed staff token a caseload and the clients' records", async () => {
    const caseload = await api.http().get('/v1/caseload').set('Authorization', bearerOf('staff'));
    expect(caseload.status).toBe(200);
    expect(caseload.body.items.length).toBeGreaterThanOrEqual(5);
    const first = caseload.body.items[0];
    const client = await api
      .http()
      .get(`/v1/clients/${first.id}`)
      .set('Authorization', bearerOf('staff'));
    expect(client.status).toBe(200);
    expect(client.body.status).toBe('active');
    const prescriptions = await api
      .http()
      .get('/v1/dispensing/prescriptions')
      .query({ clientId: result.clientIds[0] })
      .set('Authorization', bearerOf('staff'));
    expect(prescriptions.status).toBe(200);
    expect(prescriptions.body.items).toHaveLength(1);
  });

  it('has a prepared crisis plan, not yet in force', async () => {
    const plan = await api
      .http()
      .get(`/v1/crisis/plans/${result.planId}`)
      .set('Authorization', bearerOf('crisis-coordinator'));
    expect(plan.status).toBe(200);
    expect(plan.body.name).toBe(DEMO_PLAN_NAME);
    expect(plan.body.levels.map((level: { code: string }) => level.code)).toEqual([
      'normal',
      'yellow',
      'red',
    ]);
    const level = await api
      .http()
      .get('/v1/crisis/level')
      .set('Authorization', bearerOf('crisis-coordinator'));
    expect(level.status).toBe(200);
    expect(level.body.planId).toBeNull();
  });

  it("lets the coordinator try the plan's red level on the demo's services and clients", async () => {
    const dryRun = await api
      .http()
      .post('/v1/crisis/level-changes/dry-run')
      .set('Authorization', bearerOf('crisis-coordinator'))
      .send({
        planId: result.planId,
        level: 'red',
        reason: 'Smitteutbrudd i kommunen',
        guideline: { text: 'Kommuneoverlegens råd' },
      });
    expect(dryRun.status).toBe(200);
    expect(dryRun.body.dryRun).toBe(true);
    expect(dryRun.body.clientsAffected).toBeGreaterThan(0);
  });

  it('has groups with cohorts, and consents collected in advance', async () => {
    const groups = await api.http().get('/v1/groups').set('Authorization', bearerOf('team-lead'));
    expect(groups.status).toBe(200);
    expect(groups.body.items).toHaveLength(6);
    const contactability = await api
      .http()
      .get('/v1/consents/crisis-contactability')
      .set('Authorization', bearerOf('crisis-coordinator'));
    expect(contactability.status).toBe(200);
  });

  it("shows a ROP client's long-term follow-up: referral, responsibility group, meetings, plan, KOR alert", async () => {
    const { clientId, primary, get } = await asFollowUpPrimary();
    expect(DEMO_CLIENTS.find((client) => client.longTermFollowUp)?.rop).toBe(true);

    const partners = await api
      .http()
      .get('/v1/services/partners?limit=100')
      .set('Authorization', bearerOf('team-lead'));
    const dpsPartner = partners.body.items.find(
      (p: { organisationNumber: string | null }) =>
        p.organisationNumber === DEMO_PARTNERS['DPS Skien'].organisationNumber,
    );
    const referrals = await get(`/v1/services/clients/${clientId}/referrals`);
    expect(referrals.items).toEqual([
      expect.objectContaining({
        status: 'accepted',
        to: expect.objectContaining({ partnerId: dpsPartner.id }),
      }),
    ]);

    const group = await get(`/v1/clients/${clientId}/responsibility-group`);
    // The printed staff token (the backup contact) opens it too.
    await api
      .http()
      .get(`/v1/clients/${clientId}/responsibility-group`)
      .set('Authorization', bearerOf('staff'))
      .expect(200);
    expect(group.members.map((member: { kind: string }) => member.kind)).toEqual([
      'staff',
      'external',
      'external',
      'external',
      'client',
    ]);
    const [, dps, nav, gp] = group.members;
    expect(
      [dps, nav, gp].map((m: { organisation: { kind: string } }) => m.organisation.kind),
    ).toEqual(['dps', 'nav', 'gp']);
    expect([dps, nav, gp].map((m: { consent: { status: string } }) => m.consent.status)).toEqual([
      'permitted',
      'permitted',
      'not-yet-consented',
    ]);
    const meetings = await get(`/v1/clients/${clientId}/responsibility-group/meetings`);
    expect(meetings.items.map((m: { status: string }) => m.status)).toEqual(['planned', 'held']);
    expect(meetings.items[1]).toMatchObject({
      channel: 'video',
      minutes: {
        nextMeetingId: meetings.items[0].id,
        followUps: [expect.objectContaining({ responsibleMemberId: nav.id })],
        unconsentedAttendeeMemberIds: [gp.id],
      },
    });
    // The referral's two categories, and the meeting's two with each of the DPS and NAV.
    const disclosures = await get(`/v1/clients/${clientId}/disclosures?limit=100`);
    expect(disclosures.items).toHaveLength(6);

    const individualPlan = await get(`/v1/clients/${clientId}/individual-plan`);
    expect(individualPlan).toMatchObject({
      status: 'active',
      coordinator: DEMO_STAFF[primary].subject,
    });
    expect(individualPlan.goals).toHaveLength(2);
    expect(
      individualPlan.goals.every((goal: { measures: unknown[] }) => goal.measures.length > 0),
    ).toBe(true);

    const feedback = await get(`/v1/clients/${clientId}/session-feedback`);
    expect(feedback.sessions).toHaveLength(4);
    expect(feedback.alerts.map((alert: { code: string }) => alert.code)).toEqual(
      expect.arrayContaining(['ors-below-clinical-cutoff', 'ors-reliable-drop']),
    );
  });

  it('audited what it wrote, as the staff who recorded it', async () => {
    const audit = await api
      .http()
      .get('/v1/audit-events')
      .query({ clientId: result.clientIds[0] })
      .set('Authorization', bearerOf('privacy-officer'));
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((event: { actorSubject: string }) => event.actorSubject)).toContain(
      'anne.larsen',
    );
  });

  it('writes nothing the second time', async () => {
    const again = await loadSkienDemo({
      http,
      sign,
      tenant: DEMO_TENANT,
      today: osloDate(new Date()),
    });
    expect(again.outcome).toBe('already-loaded');
    expect(again.planId).toBe(result.planId);
    const { clientId, get } = await asFollowUpPrimary();
    expect((await get(`/v1/clients/${clientId}/responsibility-group/meetings`)).items).toHaveLength(
      2,
    );
    expect((await get(`/v1/clients/${clientId}/session-feedback`)).sessions).toHaveLength(4);
    expect((await get(`/v1/services/clients/${clientId}/referrals`)).items).toHaveLength(1);
    const clients = await api
      .http()
      .get('/v1/caseload')
      .query({ limit: 100 })
      .set('Authorization', bearerOf('staff'));
    expect(clients.body.items).toHaveLength(
      DEMO_CLIENTS.filter((client) => [client.primary, client.backup].includes('Anne Larsen'))
        .length,
    );
  });

  it('refuses a municipality that has data of its own', async () => {
    const lead = await api.token({ tenant: '3807', subject: 'lead', roles: ['team-lead'] });
    await api
      .http()
      .post('/v1/staff/teams')
      .set('Authorization', `Bearer ${lead}`)
      .send({ name: 'Our own team' })
      .expect(201);
    await expect(
      loadSkienDemo({ http, sign, tenant: '3807', today: osloDate(new Date()) }),
    ).rejects.toThrow(/already has teams but no complete demo/);
  });
});
