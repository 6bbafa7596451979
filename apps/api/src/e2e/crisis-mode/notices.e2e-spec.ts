import { randomUUID } from 'node:crypto';
import { verifyWebhookSignature } from '@lavterskel/crisis-mode';
import { NOTICES_OPTIONS, NoticeDeliveryWorker } from '@lavterskel/crisis-mode/nest';
import { fixedClock } from '@lavterskel/kernel';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { WebhookReceiver } from './webhook-receiver';

const NOW = '2026-11-23T09:00:00.000Z';
const SKIEN = '4003';
const OSLO = '0301';
const SECRET_A = 'bymisjonen-shared-secret-0123456789';
const SECRET_B = 'nav-skien-shared-secret-9876543210ab';

describe('notices (CR-6): publish, deliver to partners through the outbox, acknowledge', () => {
  const clock = fixedClock(NOW);
  let api: TestApp;
  let worker: NoticeDeliveryWorker;
  let coordinator: string;
  let lead: string;
  let larNurse: string;
  let outsider: string;
  const teams: Record<string, string> = {};
  const services: Record<string, string> = {};
  const partners: Record<string, string> = {};
  // Bymisjonen's system is up; NAV's answers 503 first, then is off the network, then recovers.
  const bymisjonen = new WebhookReceiver(() => clock.now());
  const nav = new WebhookReceiver(() => clock.now(), [503]);

  const bearer = async (claims: {
    tenant?: string;
    roles: string[];
    subject: string;
    teams?: string[];
  }) => `Bearer ${await api.token({ tenant: SKIEN, ...claims })}`;
  const later = (seconds: number) => clock.set(new Date(clock.now().getTime() + seconds * 1000));

  beforeAll(async () => {
    api = await startTestApp({
      clock,
      // Tests drive the worker themselves: no timer.
      overrides: [{ provide: NOTICES_OPTIONS, useValue: { delivery: { enabled: false } } }],
    });
    worker = api.app.get(NoticeDeliveryWorker);
    await Promise.all([bymisjonen.start(), nav.start()]);
    lead = await bearer({ roles: ['team-lead'], subject: 'lead-per' });
    coordinator = await bearer({ roles: ['crisis-coordinator'], subject: 'coordinator-kari' });
    for (const name of ['LAR', 'Feltpleien']) {
      const team = await api
        .http()
        .post('/v1/staff/teams')
        .set('Authorization', lead)
        .send({ name: `Team ${name}` })
        .expect(201);
      teams[name] = team.body.id;
      const service = await api
        .http()
        .post('/v1/services')
        .set('Authorization', lead)
        .send({
          teamId: team.body.id,
          name,
          category: 'low-threshold',
          location: { name: 'MMO-senteret', address: 'Kverndalsgata 7, 3717 Skien' },
          openingHours: [{ weekday: 1, opens: '08:30', closes: '15:00' }],
          critical: true,
          requiredCompetencies: [],
        })
        .expect(201);
      services[name] = service.body.id;
    }
    for (const [name, kind] of [
      ['Kirkens Bymisjon', 'ngo'],
      ['NAV Skien', 'nav'],
      ['Blå Kors', 'ngo'],
    ]) {
      const partner = await api
        .http()
        .post('/v1/services/partners')
        .set('Authorization', lead)
        .send({ name, kind })
        .expect(201);
      partners[name] = partner.body.id;
    }
    larNurse = await bearer({ roles: ['staff'], subject: 'nurse-anne', teams: [teams['LAR']] });
    outsider = await bearer({
      roles: ['staff'],
      subject: 'coach-ola',
      teams: [teams['Feltpleien']],
    });
  });
  afterAll(async () => {
    await Promise.all([bymisjonen.stop(), nav.stop()]);
    await api.close();
  });

  const registerEndpoint = (token: string, body: Record<string, unknown>) =>
    api.http().post('/v1/crisis/webhook-endpoints').set('Authorization', token).send(body);
  const publish = (token: string, body: Record<string, unknown> = {}) =>
    api
      .http()
      .post('/v1/crisis/notices')
      .set('Authorization', token)
      .send({
        title: 'Nye smittevernregler fra 20. april',
        body: 'Grupper på høyst 5; aktiviteter utendørs; telefonoppfølging der det er mulig.',
        sourceUrl: 'https://www.fhi.no/nettpub/coronavirus/',
        effectiveFrom: '2026-11-25T00:00:00+01:00',
        acknowledgeBy: '2026-11-24T12:00:00+01:00',
        recipients: { all: true },
        ...body,
      });
  const notice = async (id: string) =>
    (await api.http().get(`/v1/crisis/notices/${id}`).set('Authorization', coordinator).expect(200))
      .body;

  describe('partner endpoints', () => {
    it('registers an endpoint per partner, never showing the secret; only coordinators', async () => {
      const a = await registerEndpoint(coordinator, {
        partnerId: partners['Kirkens Bymisjon'],
        url: bymisjonen.url,
        secret: SECRET_A,
      }).expect(201);
      expect(a.body).toEqual({
        id: expect.any(String),
        partnerId: partners['Kirkens Bymisjon'],
        url: bymisjonen.url,
        active: true,
        createdBy: 'coordinator-kari',
        createdAt: NOW,
      });
      await registerEndpoint(coordinator, {
        partnerId: partners['NAV Skien'],
        url: nav.url,
        secret: SECRET_B,
      }).expect(201);

      const duplicate = await registerEndpoint(coordinator, {
        partnerId: partners['NAV Skien'],
        url: nav.url,
        secret: SECRET_B,
      }).expect(409);
      expect(duplicate.body).toMatchObject({ code: 'crisis-mode.webhook-endpoint-exists' });
      const unknown = await registerEndpoint(coordinator, {
        partnerId: randomUUID(),
        url: nav.url,
        secret: SECRET_B,
      }).expect(422);
      expect(unknown.body).toMatchObject({
        code: 'crisis-mode.unknown-recipient',
        errors: [expect.objectContaining({ field: 'partnerId' })],
      });
      const weak = await registerEndpoint(coordinator, {
        partnerId: partners['Blå Kors'],
        url: 'https://blakors.example/x',
        secret: 'short',
      }).expect(400);
      expect(weak.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'secret' })]),
      );
      await registerEndpoint(lead, {
        partnerId: partners['Blå Kors'],
        url: 'https://blakors.example/x',
        secret: SECRET_A,
      }).expect(403);

      const list = await api
        .http()
        .get('/v1/crisis/webhook-endpoints')
        .set('Authorization', coordinator)
        .expect(200);
      // Listed by (createdAt, id); both were made at the fixed clock's instant, so ids decide.
      expect(list.body.items.map((e: { url: string }) => e.url).sort()).toEqual(
        [bymisjonen.url, nav.url].sort(),
      );
      expect(JSON.stringify(list.body)).not.toContain(SECRET_A);
      expect(JSON.stringify(list.body)).not.toContain(SECRET_B);
    });
  });

  describe('publishing', () => {
    it('refuses staff (403) and bad input (400/422), and nothing is published', async () => {
      await publish(larNurse).expect(403);
      await publish(lead).expect(403);
      const past = await publish(coordinator, {
        acknowledgeBy: '2026-11-01T12:00:00+01:00',
      }).expect(400);
      expect(past.body).toMatchObject({
        code: 'crisis-mode.invalid-input',
        errors: [expect.objectContaining({ field: 'acknowledgeBy', rule: 'after-now' })],
      });
      const unknown = await publish(coordinator, {
        recipients: { serviceIds: [randomUUID()] },
      }).expect(422);
      expect(unknown.body).toMatchObject({
        code: 'crisis-mode.unknown-recipient',
        errors: [expect.objectContaining({ field: 'recipients.serviceIds' })],
      });
      const noTitle = await publish(coordinator, { title: '' }).expect(400);
      expect(noTitle.body).toMatchObject({
        code: 'validation-failed',
        errors: [expect.objectContaining({ field: 'title' })],
      });
      const list = await api
        .http()
        .get('/v1/crisis/notices')
        .set('Authorization', coordinator)
        .expect(200);
      expect(list.body.items).toEqual([]);
      const [{ n }] = await api.db.dataSource.query(
        'SELECT count(*)::int AS n FROM crisis.notice_delivery',
      );
      expect(n).toBe(0);
    });
  });

  describe('delivery with one partner endpoint down', () => {
    let noticeId: string;

    it('publishes to every service and partner with a pending delivery per endpoint', async () => {
      const published = await publish(coordinator).expect(201);
      noticeId = published.body.id;
      expect(
        published.body.recipients.map((r: { kind: string; name: string }) => `${r.kind}:${r.name}`),
      ).toEqual([
        'service:Feltpleien',
        'service:LAR',
        'partner:Blå Kors',
        'partner:Kirkens Bymisjon',
        'partner:NAV Skien',
      ]);
      expect(published.body.deliveries).toHaveLength(2);
      expect(
        published.body.deliveries.every(
          (d: { status: string; attempts: number }) => d.status === 'pending' && d.attempts === 0,
        ),
      ).toBe(true);
    });

    it('delivers after the endpoint recovers: none lost, none twice, every signature valid', async () => {
      expect(await worker.deliverDue()).toEqual({ attempted: 2, delivered: 1, failed: 1 });
      const afterFirst = await notice(noticeId);
      const toNav = () =>
        afterFirst.deliveries.find(
          (d: { partnerId: string }) => d.partnerId === partners['NAV Skien'],
        );
      expect(toNav()).toMatchObject({
        status: 'pending',
        attempts: 1,
        lastError: 'HTTP 503',
        nextAttemptAt: '2026-11-23T09:00:30.000Z',
      });

      // Nothing is due before the backoff has passed.
      expect(await worker.deliverDue()).toMatchObject({ attempted: 0 });

      await nav.stop(); // now NAV's system is off the network altogether
      later(30);
      expect(await worker.deliverDue()).toEqual({ attempted: 1, delivered: 0, failed: 1 });
      const whileDown = (await notice(noticeId)).deliveries.find(
        (d: { partnerId: string }) => d.partnerId === partners['NAV Skien'],
      );
      expect(whileDown).toMatchObject({
        status: 'pending',
        attempts: 2,
        nextAttemptAt: '2026-11-23T09:01:30.000Z',
      });
      expect(whileDown.lastError).not.toBe('HTTP 503');

      await nav.start(); // recovered, on the same address
      later(60);
      expect(await worker.deliverDue()).toEqual({ attempted: 1, delivered: 1, failed: 0 });
      later(24 * 3600);
      expect(await worker.deliverDue()).toMatchObject({ attempted: 0 });

      const final = await notice(noticeId);
      expect(final.deliveries.map((d: { status: string }) => d.status)).toEqual([
        'delivered',
        'delivered',
      ]);
      const keys = await api.db.dataSource.query(
        'SELECT idempotency_key FROM crisis.notice_delivery WHERE notice_id = $1 ORDER BY idempotency_key',
        [noticeId],
      );
      for (const [receiver, secret] of [
        [bymisjonen, SECRET_A],
        [nav, SECRET_B],
      ] as const) {
        const accepted = receiver.acceptedPerKey();
        expect([...accepted.values()]).toEqual([1]);
        expect(keys.map((k: { idempotency_key: string }) => k.idempotency_key)).toContain(
          [...accepted.keys()][0],
        );
        for (const delivery of receiver.received) {
          expect(
            verifyWebhookSignature(secret, delivery.signature, delivery.body, delivery.receivedAt),
          ).toBe(true);
          expect(
            verifyWebhookSignature(
              secret,
              delivery.signature,
              delivery.body,
              new Date(delivery.receivedAt.getTime() + 301_000),
            ),
          ).toBe(false);
          expect(JSON.parse(delivery.body)).toMatchObject({
            type: 'lavterskel.crisis.notice',
            municipality: SKIEN,
            notice: {
              id: noticeId,
              title: 'Nye smittevernregler fra 20. april',
              sourceUrl: 'https://www.fhi.no/nettpub/coronavirus/',
            },
          });
        }
      }
      // NAV saw one refused attempt (503) and one accepted; the attempt while down never arrived.
      expect(nav.received.map((d) => d.status)).toEqual([503, 200]);
      expect(new Set(nav.received.map((d) => d.idempotencyKey)).size).toBe(1);
      expect(bymisjonen.received).toHaveLength(1);
    });

    it('lists the unacknowledged recipients; it shrinks as recipients acknowledge', async () => {
      const unacknowledged = async () =>
        (
          await api
            .http()
            .get(`/v1/crisis/notices/${noticeId}/unacknowledged`)
            .set('Authorization', larNurse)
            .expect(200)
        ).body.items.map((r: { name: string }) => r.name);
      expect(await unacknowledged()).toEqual([
        'Blå Kors',
        'Feltpleien',
        'Kirkens Bymisjon',
        'LAR',
        'NAV Skien',
      ]);

      const ack = (token: string, recipientKind: string, recipientId: string) =>
        api
          .http()
          .post(`/v1/crisis/notices/${noticeId}/acknowledgements`)
          .set('Authorization', token)
          .send({ recipientKind, recipientId });
      const acknowledged = await ack(larNurse, 'service', services['LAR']).expect(201);
      expect(acknowledged.body).toMatchObject({
        kind: 'service',
        name: 'LAR',
        acknowledgedBy: 'nurse-anne',
        acknowledgedAt: clock.now().toISOString(),
      });
      expect(await unacknowledged()).toEqual([
        'Blå Kors',
        'Feltpleien',
        'Kirkens Bymisjon',
        'NAV Skien',
      ]);

      // Not for another team's service, nor for a partner: 404, and nothing changed.
      await ack(larNurse, 'service', services['Feltpleien']).expect(404);
      await ack(outsider, 'partner', partners['NAV Skien']).expect(404);
      expect(await unacknowledged()).toEqual([
        'Blå Kors',
        'Feltpleien',
        'Kirkens Bymisjon',
        'NAV Skien',
      ]);

      // A coordinator records the partner's acknowledgement (by phone); a repeat keeps the first.
      await ack(coordinator, 'partner', partners['NAV Skien']).expect(201);
      const again = await ack(coordinator, 'service', services['LAR']).expect(201);
      expect(again.body.acknowledgedBy).toBe('nurse-anne');
      expect(await unacknowledged()).toEqual(['Blå Kors', 'Feltpleien', 'Kirkens Bymisjon']);

      const list = await api
        .http()
        .get('/v1/crisis/notices')
        .set('Authorization', outsider)
        .expect(200);
      expect(list.body.items).toEqual([
        expect.objectContaining({ id: noticeId, recipientCount: 5, acknowledgedCount: 2 }),
      ]);
    });

    it('keeps notices inside the municipality', async () => {
      const oslo = await bearer({
        tenant: OSLO,
        roles: ['crisis-coordinator'],
        subject: 'coordinator-oslo',
      });
      await api.http().get(`/v1/crisis/notices/${noticeId}`).set('Authorization', oslo).expect(404);
      await api
        .http()
        .get(`/v1/crisis/notices/${noticeId}/unacknowledged`)
        .set('Authorization', oslo)
        .expect(404);
      expect(
        (await api.http().get('/v1/crisis/notices').set('Authorization', oslo).expect(200)).body
          .items,
      ).toEqual([]);
      await api
        .http()
        .post(`/v1/crisis/notices/${noticeId}/acknowledgements`)
        .set('Authorization', oslo)
        .send({ recipientKind: 'service', recipientId: services['Feltpleien'] })
        .expect(404);
    });
  });

  describe('language follow-up', () => {
    it('lists active clients with a language difficulty or an interpreter need, audited per client', async () => {
      const anne = await bearer({ roles: ['staff'], subject: 'nurse-anne' });
      const register = async (body: Record<string, unknown>) => {
        const client = await api
          .http()
          .post('/v1/clients')
          .set('Authorization', anne)
          .send({
            alias: `Klient ${randomUUID().slice(0, 6)}`,
            birthYear: 1980,
            ...body,
          })
          .expect(201);
        await api
          .http()
          .post(`/v1/clients/${client.body.id}/status-changes`)
          .set('Authorization', anne)
          .set('If-Match', '"1"')
          .send({ status: 'active' })
          .expect(200);
        return client.body.id as string;
      };
      const interpreter = await register({ preferredLanguage: 'ti', interpreterNeeded: true });
      const flagged = await register({ preferredLanguage: 'ar' });
      await api
        .http()
        .put(`/v1/clients/${flagged}/vulnerability-flags/language-difficulty`)
        .set('Authorization', anne)
        .send({ note: 'Understands little Norwegian' })
        .expect(200);
      await register({ preferredLanguage: 'nb' });

      const published = await publish(coordinator, { title: 'Endrede åpningstider' }).expect(201);
      const path = `/v1/crisis/notices/${published.body.id}/language-follow-up`;
      const list = await api.http().get(path).set('Authorization', coordinator).expect(200);
      expect(list.body.items.map((item: { clientId: string }) => item.clientId).sort()).toEqual(
        [interpreter, flagged].sort(),
      );
      expect(
        list.body.items.find((item: { clientId: string }) => item.clientId === flagged),
      ).toMatchObject({
        preferredLanguage: 'ar',
        languageDifficulty: true,
        interpreterNeeded: false,
        primaryContact: 'nurse-anne',
        taskCreated: false,
      });

      // Staff see only the clients they serve: Anne is their primary contact, Ola is not.
      expect(
        (await api.http().get(path).set('Authorization', anne).expect(200)).body.items,
      ).toHaveLength(2);
      expect(
        (await api.http().get(path).set('Authorization', outsider).expect(200)).body.items,
      ).toEqual([]);

      const audited = await api.db.dataSource.query(
        `SELECT actor_subject, action, client_id FROM kernel.audit_event
          WHERE resource_type = 'notice-language-follow-up' AND resource_id = $1 ORDER BY actor_subject, client_id`,
        [published.body.id],
      );
      expect(audited).toEqual(
        expect.arrayContaining([
          { actor_subject: 'coordinator-kari', action: 'search', client_id: interpreter },
          { actor_subject: 'coordinator-kari', action: 'search', client_id: flagged },
        ]),
      );
      expect(
        audited.filter((row: { actor_subject: string }) => row.actor_subject === 'coach-ola'),
      ).toEqual([{ actor_subject: 'coach-ola', action: 'search', client_id: null }]);
    });
  });
});
