import { randomUUID } from 'node:crypto';
import { fixedClock, type Actor, type CareRelations } from '@lavterskel/kernel';
import { CARE_RELATIONS } from '@lavterskel/kernel/nest';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { registerClient } from '../clients/clients-fixtures';

const SKIEN_KOMMUNE = '938583986';
const contactTracingTeam = {
  type: 'role',
  organisationNumber: SKIEN_KOMMUNE,
  role: 'contact-tracing',
  name: 'Smittesporing, Skien kommune',
};

/** GR-6 as wired in the reference API: the groups library asks the consent library (CO-2, CO-3). */
describe('exposure lists decided by consent', () => {
  let api: TestApp;
  let staff: string;
  let [index, contact] = ['', ''];
  let groupId: string;

  beforeAll(async () => {
    const careRelations: CareRelations = {
      hasCareRelation: async (actor: Actor, clientId: string) =>
        actor.subject === 'nurse-anne' && [index, contact].includes(clientId),
    };
    api = await startTestApp({
      clock: fixedClock('2026-11-23T12:00:00Z'),
      env: { MUNICIPALITY_ORGANISATION_NUMBERS: `4003=${SKIEN_KOMMUNE}` },
      overrides: [{ provide: CARE_RELATIONS, useValue: careRelations }],
    });
    const token = await api.token({ tenant: '4003', subject: 'nurse-anne', roles: ['staff'] });
    staff = `Bearer ${token}`;
    index = (await registerClient(api, token)).id;
    contact = (await registerClient(api, token)).id;
    const post = (path: string, body: object) =>
      api.http().post(path).set('Authorization', staff).send(body).expect(201);
    groupId = (
      await post('/v1/groups', {
        serviceId: randomUUID(),
        name: 'Walk and talk',
        locationKind: 'outdoor',
        capacity: 10,
        schedule: [{ weekday: 'monday', startTime: '10:00', durationMinutes: 60, maxCohorts: 1 }],
      })
    ).body.id;
    await post(`/v1/groups/${groupId}/cohorts`, {
      slot: { weekday: 'monday', startTime: '10:00' },
      maxSize: 10,
    });
    for (const clientId of [index, contact])
      await post(`/v1/groups/${groupId}/members`, { clientId });
    await post(`/v1/groups/${groupId}/sessions`, { from: '2026-11-16', to: '2026-11-16' });
    const [session] = (
      await api
        .http()
        .get(`/v1/groups/${groupId}/sessions?from=2026-11-16&to=2026-11-16`)
        .set('Authorization', staff)
        .expect(200)
    ).body.items;
    for (const clientId of [index, contact]) {
      await api
        .http()
        .put(`/v1/groups/${groupId}/sessions/${session.id}/attendance/${clientId}`)
        .set('Authorization', staff)
        .send({ status: 'present' })
        .expect(201);
    }
  });
  afterAll(() => api.close());

  const exposure = () =>
    api
      .http()
      .get(`/v1/groups/exposure?clientId=${index}&from=2026-11-01&to=2026-11-23`)
      .set('Authorization', staff);

  it('refuses the list while the client has not consented, saying why', async () => {
    const refused = await exposure().expect(403);
    expect(refused.body.detail).toMatch(/no consent/i);
  });

  it('shows it once the client consents to the contact-tracing team, logs the disclosure, and stops at withdrawal', async () => {
    const consent = await api
      .http()
      .post('/v1/consents')
      .set('Authorization', staff)
      .send({
        clientId: index,
        categories: ['attendance'],
        purposes: ['contact-tracing'],
        recipients: [contactTracingTeam],
        validFrom: '2026-11-01T00:00:00+01:00',
        method: 'oral',
      })
      .expect(201);

    const shown = await exposure().expect(200);
    expect(shown.body.contacts).toEqual([expect.objectContaining({ clientId: contact })]);
    expect(shown.body.legalBasis).toBe(`consent ${consent.body.id} (version 1)`);

    const disclosures = await api
      .http()
      .get(`/v1/clients/${index}/disclosures`)
      .set('Authorization', staff)
      .expect(200);
    expect(disclosures.body.items).toEqual([
      expect.objectContaining({ description: expect.stringContaining('contact-tracing team') }),
    ]);

    await api
      .http()
      .post(`/v1/consents/${consent.body.id}/withdrawal`)
      .set('Authorization', staff)
      .send({ method: 'oral', reason: 'The client asked to withdraw it at the drop-in.' })
      .expect(200);
    await exposure().expect(403);
  });
});
