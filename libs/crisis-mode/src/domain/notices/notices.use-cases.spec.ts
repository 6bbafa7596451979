import { CrisisModeErrorCode } from '../crisis-mode-error';
import { OSLO, aClient, aService, anActor, noticesTestPorts } from '../testing/in-memory-notices';
import { AcknowledgeNotice } from './acknowledge-notice.use-case';
import { CreateLanguageFollowUpTasks } from './create-language-follow-up-tasks.use-case';
import { CreateNoticeReminders } from './create-notice-reminders.use-case';
import { DeliverDueNotices } from './deliver-due-notices.use-case';
import { ListLanguageFollowUp } from './list-language-follow-up.use-case';
import { PublishNotice, type PublishNoticeInput } from './publish-notice.use-case';
import { RegisterWebhookEndpoint } from './register-webhook-endpoint.use-case';

const coordinator = anActor();
const feltpleien = aService({ name: 'Feltpleien' });
const lar = aService({ name: 'LAR' });
const bymisjonen = { id: globalThis.crypto.randomUUID(), name: 'Kirkens Bymisjon' };
const nav = { id: globalThis.crypto.randomUUID(), name: 'NAV Skien' };
const SECRET = 'a-secret-that-is-long-enough-1234';

function setUp(world: Parameters<typeof noticesTestPorts>[0] = {}) {
  const fakes = noticesTestPorts({
    services: [feltpleien, lar],
    partners: [bymisjonen, nav],
    ...world,
  });
  const { ports } = fakes;
  const register = (partnerId: string, url: string) =>
    new RegisterWebhookEndpoint(ports).execute({
      actor: coordinator,
      partnerId,
      url,
      secret: SECRET,
    });
  const publish = (input: Partial<PublishNoticeInput> = {}) =>
    new PublishNotice(ports).execute({
      actor: coordinator,
      title: 'Nye smittevernregler',
      body: 'Grupper på høyst 5.',
      sourceUrl: 'https://www.fhi.no/',
      effectiveFrom: new Date('2026-11-25T00:00:00+01:00'),
      acknowledgeBy: new Date('2026-11-24T12:00:00+01:00'),
      recipients: { all: true },
      ...input,
    });
  return {
    ...fakes,
    register,
    publish,
    deliver: () => new DeliverDueNotices(ports).execute(),
    remind: () => new CreateNoticeReminders(ports).execute(),
    acknowledge: new AcknowledgeNotice(ports),
  };
}

describe('publishing a notice (CR-6)', () => {
  it('goes to every service and partner, with an outbox row per active partner endpoint', async () => {
    const world = setUp();
    await world.register(bymisjonen.id, 'https://bymisjonen.example/hook');
    await world.register(nav.id, 'https://nav.example/hook');
    const { notice, recipients, deliveries } = await world.publish();
    expect(recipients.map((r) => `${r.kind}:${r.name}`).sort()).toEqual([
      'partner:Kirkens Bymisjon',
      'partner:NAV Skien',
      'service:Feltpleien',
      'service:LAR',
    ]);
    expect(deliveries).toBe(2);
    const rows = [...world.deliveries.rows.values()];
    expect(rows.every((row) => row.noticeId === notice.id && row.status === 'pending')).toBe(true);
    expect(new Set(rows.map((row) => row.idempotencyKey)).size).toBe(2);
  });

  it('writes deliveries only for the partners named', async () => {
    const world = setUp();
    await world.register(bymisjonen.id, 'https://bymisjonen.example/hook');
    await world.register(nav.id, 'https://nav.example/hook');
    const { deliveries } = await world.publish({
      recipients: { serviceIds: [lar.id], partnerIds: [nav.id] },
    });
    expect(deliveries).toBe(1);
  });

  it('refuses unknown recipients, a past deadline and no recipients, writing nothing', async () => {
    const world = setUp();
    const unknown = globalThis.crypto.randomUUID();
    await expect(
      world.publish({ recipients: { serviceIds: [unknown], partnerIds: [] } }),
    ).rejects.toMatchObject({
      code: CrisisModeErrorCode.UnknownRecipient,
      violations: [expect.objectContaining({ field: 'recipients.serviceIds' })],
    });
    await expect(
      world.publish({
        acknowledgeBy: new Date('2026-11-01T00:00:00Z'),
        sourceUrl: 'ftp://example',
        recipients: { serviceIds: [], partnerIds: [] },
      }),
    ).rejects.toMatchObject({
      code: CrisisModeErrorCode.InvalidInput,
      violations: expect.arrayContaining([
        expect.objectContaining({ field: 'acknowledgeBy', rule: 'after-now' }),
        expect.objectContaining({ field: 'sourceUrl', rule: 'url' }),
        expect.objectContaining({ field: 'recipients', rule: 'not-empty' }),
      ]),
    });
    expect(world.notices.notices.size).toBe(0);
    expect(world.deliveries.rows.size).toBe(0);
  });

  it('registers endpoints only for the municipality’s partners, with a strong secret', async () => {
    const world = setUp();
    await expect(
      world.register(globalThis.crypto.randomUUID(), 'https://x.example/hook'),
    ).rejects.toMatchObject({ code: CrisisModeErrorCode.UnknownRecipient });
    await expect(
      new RegisterWebhookEndpoint(world.ports).execute({
        actor: coordinator,
        partnerId: nav.id,
        url: 'not a url',
        secret: 'short',
      }),
    ).rejects.toMatchObject({
      code: CrisisModeErrorCode.InvalidInput,
      violations: [
        expect.objectContaining({ field: 'url' }),
        expect.objectContaining({ field: 'secret', rule: 'min-length' }),
      ],
    });
  });
});

describe('delivering the outbox', () => {
  it('retries a failing endpoint with backoff and delivers every notice exactly once', async () => {
    const world = setUp();
    await world.register(bymisjonen.id, 'https://bymisjonen.example/hook');
    await world.register(nav.id, 'https://nav.example/hook');
    await world.publish();
    world.webhooks.failNext('https://nav.example/hook', 2);

    expect(await world.deliver()).toEqual({ attempted: 2, delivered: 1, failed: 1 });
    // Not due again until the backoff has passed: nothing is sent meanwhile.
    expect(await world.deliver()).toEqual({ attempted: 0, delivered: 0, failed: 0 });
    const pending = [...world.deliveries.rows.values()].find((row) => row.status === 'pending');
    expect(pending).toMatchObject({ attempts: 1, lastError: 'HTTP 503' });
    expect(pending?.nextAttemptAt.toISOString()).toBe('2026-11-23T09:00:30.000Z');

    world.clock.set('2026-11-23T09:00:30.000Z');
    expect(await world.deliver()).toMatchObject({ attempted: 1, failed: 1 });
    world.clock.set('2026-11-23T09:01:30.000Z');
    expect(await world.deliver()).toMatchObject({ attempted: 1, delivered: 1 });
    world.clock.set('2026-11-24T09:00:00.000Z');
    expect(await world.deliver()).toMatchObject({ attempted: 0 });

    const successes = world.webhooks.calls.filter((call) => call.ok);
    expect(successes).toHaveLength(2);
    expect(new Set(successes.map((call) => call.idempotencyKey)).size).toBe(2);
    // Every attempt of one delivery carries the same key and the same body.
    const toNav = world.webhooks.calls.filter((call) => call.url === 'https://nav.example/hook');
    expect(new Set(toNav.map((call) => call.idempotencyKey)).size).toBe(1);
    expect(new Set(toNav.map((call) => call.body)).size).toBe(1);
    expect(JSON.parse(toNav[0]?.body ?? '{}')).toMatchObject({
      type: 'lavterskel.crisis.notice',
      municipality: '4003',
      partnerId: nav.id,
      notice: { title: 'Nye smittevernregler', sourceUrl: 'https://www.fhi.no/' },
    });
  });
});

describe('acknowledgements and reminders', () => {
  it('lets a service’s team acknowledge for its service, a coordinator for anyone, nobody else', async () => {
    const world = setUp();
    const { notice } = await world.publish();
    const nurse = anActor({ subject: 'nurse-anne', roles: ['staff'], teamIds: [lar.teamId] });
    const ack = (actor: typeof nurse, kind: 'service' | 'partner', recipientId: string) =>
      world.acknowledge.execute({ actor, noticeId: notice.id, recipientKind: kind, recipientId });

    await expect(ack(nurse, 'service', feltpleien.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(ack(nurse, 'partner', nav.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(ack(anActor({ tenantId: OSLO }), 'service', lar.id)).rejects.toMatchObject({
      code: 'not-found',
    });
    const first = await ack(nurse, 'service', lar.id);
    expect(first).toMatchObject({ acknowledgedBy: 'nurse-anne' });
    world.clock.set('2026-11-23T10:00:00.000Z');
    const again = await ack(coordinator, 'service', lar.id);
    expect(again.acknowledgedBy).toBe('nurse-anne');
    expect(again.acknowledgedAt).toEqual(first.acknowledgedAt);
    expect(await ack(coordinator, 'partner', nav.id)).toMatchObject({
      acknowledgedBy: 'coordinator-kari',
    });
  });

  it('creates one reminder per unacknowledged recipient after the deadline, once', async () => {
    const world = setUp();
    const { notice } = await world.publish();
    await world.acknowledge.execute({
      actor: coordinator,
      noticeId: notice.id,
      recipientKind: 'service',
      recipientId: lar.id,
    });
    expect(await world.remind()).toEqual({ notices: 0, tasks: 0 });

    world.clock.set('2026-11-24T11:00:00.000Z'); // 12:00 in Oslo: the deadline
    expect(await world.remind()).toEqual({ notices: 1, tasks: 3 });
    expect(await world.remind()).toEqual({ notices: 0, tasks: 0 });

    const tasks = world.tasks.rows;
    expect(
      tasks.every((task) => task.kind === 'notice-follow-up' && task.noticeId === notice.id),
    ).toBe(true);
    expect(tasks.find((task) => task.serviceId === feltpleien.id)?.assignee).toEqual({
      kind: 'team',
      teamId: feltpleien.teamId,
    });
    const partnerTasks = tasks.filter((task) => task.serviceId === null);
    expect(partnerTasks.map((task) => task.assignee)).toEqual([
      { kind: 'staff', subject: 'coordinator-kari' },
      { kind: 'staff', subject: 'coordinator-kari' },
    ]);
    expect(tasks.map((task) => task.due)).toEqual(['2026-11-24', '2026-11-24', '2026-11-24']);
  });
});

describe('language follow-up', () => {
  const tigrinya = aClient({ preferredLanguage: 'ti', vulnerabilityFlags: [] });
  const arabic = aClient({
    preferredLanguage: 'ar',
    interpreterNeeded: false,
    primaryContact: 'nurse-ola',
  });

  it('lists such clients (coordinators all, staff their own), audited as one search', async () => {
    const world = setUp({ languageClients: [tigrinya, arabic], inCare: [arabic.clientId] });
    const { notice } = await world.publish();
    const list = new ListLanguageFollowUp(world.ports);
    const all = await list.execute({ actor: coordinator, noticeId: notice.id, page: {} });
    expect(all.items.map((item) => item.client.clientId)).toEqual([
      tigrinya.clientId,
      arabic.clientId,
    ]);
    expect(all.items.map((item) => item.languageDifficulty)).toEqual([false, true]);
    const staff = anActor({ subject: 'nurse-ola', roles: ['staff'] });
    const own = await list.execute({ actor: staff, noticeId: notice.id, page: {} });
    expect(own.items.map((item) => item.client.clientId)).toEqual([arabic.clientId]);
    expect(world.audited.map((entry) => entry.clientIds)).toEqual([
      [tigrinya.clientId, arabic.clientId],
      [arabic.clientId],
    ]);
  });

  it('creates one task per client for the primary contact, and none on a second request', async () => {
    const clients = Array.from({ length: 130 }, () => aClient());
    const world = setUp({ languageClients: [...clients, arabic] });
    const { notice } = await world.publish();
    const create = new CreateLanguageFollowUpTasks(world.ports);
    expect(await create.execute({ actor: coordinator, noticeId: notice.id })).toEqual({
      tasksCreated: 131,
      alreadyCreated: 0,
    });
    expect(await create.execute({ actor: coordinator, noticeId: notice.id })).toEqual({
      tasksCreated: 0,
      alreadyCreated: 131,
    });
    expect(world.tasks.rows).toHaveLength(131);
    expect(world.tasks.rows.find((task) => task.clientId === arabic.clientId)).toMatchObject({
      kind: 'language-follow-up',
      assignee: { kind: 'staff', subject: 'nurse-ola' },
      noticeId: notice.id,
    });
    expect(world.audited).toEqual([
      expect.objectContaining({
        action: 'create',
        resourceType: 'follow-up-task',
        clientIds: expect.arrayContaining([arabic.clientId]),
      }),
    ]);
    expect(world.audited[0]?.clientIds).toHaveLength(131);
  });
});
