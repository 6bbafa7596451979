import { KernelError, newId } from '@lavterskel/kernel';
import { CrisisModeError, CrisisModeErrorCode } from '../crisis-mode-error';
import { OSLO, SKIEN, actor } from '../testing/in-memory-kernel';
import { aClient, aService } from '../testing/other-library-builders';
import { reportsScene } from '../testing/reports-scene';
import { aLevel, aPlan, aRule } from '../testing/crisis-plan.builders';
import { FACTS_BATCH, GetPriorityList, type PriorityEntry } from './get-priority-list.use-case';
import { LAR_COMPETENCY } from './priority-order';

const coordinator = actor();

function setup() {
  const scene = reportsScene();
  const { world } = scene;
  const lar = aService({
    name: 'LAR-utdeling',
    requiredCompetencies: [LAR_COMPETENCY],
    critical: true,
  });
  const ungPluss = aService({ name: 'UNG pluss', category: 'prevention' });
  const activity = aService({ name: 'Aktivitetsgruppa', category: 'activity' });
  world.services.push(lar, ungPluss, activity);
  const enrol = (clientId: string, serviceId: string, to: string | null = null) =>
    world.enrolmentRecords.push({ tenantId: SKIEN, clientId, serviceId, from: '2026-01-01', to });
  const red = aLevel({
    code: 'red',
    priorityFlags: ['overdose-history', 'no-phone'],
    rules: [aRule({ target: { kind: 'service', serviceId: ungPluss.id }, prioritised: true })],
  });
  const plan = aPlan([aLevel({ code: 'yellow', priorityFlags: ['pregnancy'] }), red]);
  return { ...scene, lar, ungPluss, activity, enrol, plan, list: new GetPriorityList(scene.ports) };
}

const ids = (items: readonly PriorityEntry[]) => items.map((item) => item.clientId);

describe('GetPriorityList (CR-4)', () => {
  it('orders by the level in force: its flags, the prioritised service, LAR, the rest', async () => {
    const s = setup();
    await s.plans.insert(s.plan);
    s.activate(s.plan, 'red');
    const flagged = aClient({ vulnerabilityFlags: ['overdose-history'] });
    const ung = aClient();
    const larClient = aClient();
    const pregnant = aClient({ vulnerabilityFlags: ['pregnancy'] });
    s.world.clientRecords.push(pregnant, larClient, ung, flagged);
    s.enrol(flagged.clientId, s.activity.id);
    s.enrol(ung.clientId, s.ungPluss.id);
    s.enrol(larClient.clientId, s.lar.id);
    s.enrol(pregnant.clientId, s.activity.id);

    const list = await s.list.execute({ actor: coordinator, page: {} });

    expect(ids(list.items)).toEqual([
      flagged.clientId,
      ung.clientId,
      larClient.clientId,
      pregnant.clientId,
    ]);
    expect(list.items.map((item) => [item.rank, item.tier])).toEqual([
      [1, 'priority-flags'],
      [2, 'prioritised-service'],
      [3, 'lar'],
      [4, 'other'],
    ]);
    expect(list.basis).toMatchObject({
      level: 'red',
      planId: s.plan.id,
      planVersion: 1,
      preview: false,
    });
    expect(list.tierCounts).toEqual({
      'priority-flags': 1,
      'prioritised-service': 1,
      lar: 1,
      other: 1,
    });
    expect(list.on).toBe('2026-11-23');
  });

  it('without a crisis orders by any flag, then LAR, then the rest', async () => {
    const s = setup();
    const ung = aClient();
    const pregnant = aClient({ vulnerabilityFlags: ['pregnancy'] });
    const larClient = aClient();
    s.world.clientRecords.push(ung, pregnant, larClient);
    s.enrol(ung.clientId, s.ungPluss.id);
    s.enrol(pregnant.clientId, s.activity.id);
    s.enrol(larClient.clientId, s.lar.id);

    const list = await s.list.execute({ actor: coordinator, page: {} });

    expect(ids(list.items)).toEqual([pregnant.clientId, larClient.clientId, ung.clientId]);
    expect(list.basis).toEqual({
      level: 'normal',
      planId: null,
      planVersion: null,
      preview: false,
      rules: null,
    });
  });

  it('previews a plan level before activation (?planId=&level=)', async () => {
    const s = setup();
    await s.plans.insert(s.plan);
    const pregnant = aClient({ vulnerabilityFlags: ['pregnancy'] });
    const flagged = aClient({ vulnerabilityFlags: ['overdose-history'] });
    s.world.clientRecords.push(pregnant, flagged);
    s.enrol(pregnant.clientId, s.activity.id);
    s.enrol(flagged.clientId, s.activity.id);

    const yellow = await s.list.execute({
      actor: coordinator,
      planId: s.plan.id,
      level: 'yellow',
      page: {},
    });

    expect(yellow.basis).toMatchObject({ level: 'yellow', preview: true, planId: s.plan.id });
    expect(yellow.items.map((item) => [item.clientId, item.tier])).toEqual([
      [pregnant.clientId, 'priority-flags'],
      [flagged.clientId, 'other'],
    ]);
  });

  it('refuses a level without a plan when none is in force, and a level the plan lacks', async () => {
    const s = setup();
    await s.plans.insert(s.plan);
    await expect(
      s.list.execute({ actor: coordinator, level: 'red', page: {} }),
    ).rejects.toMatchObject({
      code: CrisisModeErrorCode.InvalidInput,
      violations: [expect.objectContaining({ field: 'planId', rule: 'required' })],
    });
    await expect(
      s.list.execute({ actor: coordinator, planId: s.plan.id, page: {} }),
    ).rejects.toMatchObject({ violations: [expect.objectContaining({ field: 'level' })] });
    const unknown = s.list.execute({
      actor: coordinator,
      planId: s.plan.id,
      level: 'purple',
      page: {},
    });
    await expect(unknown).rejects.toBeInstanceOf(CrisisModeError);
    await expect(unknown).rejects.toMatchObject({ code: CrisisModeErrorCode.UnknownLevel });
    await expect(
      s.list.execute({ actor: coordinator, planId: newId(), level: 'red', page: {} }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(s.audit.entries).toEqual([]);
  });

  it('pages through the whole list with the cursor, each client once, in order', async () => {
    const s = setup();
    await s.plans.insert(s.plan);
    s.activate(s.plan, 'red');
    const flagSets = [
      [],
      ['no-phone'],
      ['overdose-history'],
      ['overdose-history', 'no-phone'],
      ['homeless'],
    ] as const;
    for (let i = 0; i < 23; i++) {
      const client = aClient({ vulnerabilityFlags: [...flagSets[i % flagSets.length]] });
      s.world.clientRecords.push(client);
      s.enrol(client.clientId, [s.lar, s.ungPluss, s.activity][i % 3].id);
    }
    const whole = await s.list.execute({ actor: coordinator, page: { limit: 100 } });
    const seen: PriorityEntry[] = [];
    let cursor: string | undefined;
    do {
      const page = await s.list.execute({ actor: coordinator, page: { limit: 5, cursor } });
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(ids(seen)).toEqual(ids(whole.items));
    expect(seen.map((item) => item.rank)).toEqual(whole.items.map((_, i) => i + 1));
    expect(whole.nextCursor).toBeNull();
  });

  it('refuses a cursor it did not issue', async () => {
    const s = setup();
    const forged = Buffer.from(JSON.stringify(['x', 0, 0, 'c'])).toString('base64url');
    await expect(
      s.list.execute({ actor: coordinator, page: { cursor: forged } }),
    ).rejects.toBeInstanceOf(KernelError);
  });

  it('gives each client a reach path, with consented contacts from the consent library', async () => {
    const s = setup();
    const noPhoneNoHome = aClient({
      reachableByPhone: false,
      vulnerabilityFlags: ['no-phone', 'homeless'],
    });
    const viaPartner = aClient({
      reachableByPhone: false,
      vulnerabilityFlags: ['no-phone', 'homeless'],
    });
    const visit = aClient({ reachableByPhone: false, vulnerabilityFlags: ['no-phone'] });
    const phone = aClient();
    s.world.clientRecords.push(noPhoneNoHome, viaPartner, visit, phone);
    for (const c of [noPhoneNoHome, viaPartner, visit, phone]) s.enrol(c.clientId, s.activity.id);
    const contact = {
      kind: 'organisation' as const,
      description: 'Kirkens Bymisjon',
      consentId: newId(),
    };
    s.world.consents.push(
      { tenantId: SKIEN, clientId: viaPartner.clientId, contact, validTo: null, withdrawnAt: null },
      // withdrawn: no longer a path
      {
        tenantId: SKIEN,
        clientId: noPhoneNoHome.clientId,
        contact,
        validTo: null,
        withdrawnAt: new Date('2026-11-01'),
      },
    );

    const list = await s.list.execute({ actor: coordinator, page: {} });
    const byId = new Map(list.items.map((item) => [item.clientId, item.reach]));

    expect(byId.get(phone.clientId)?.kind).toBe('phone');
    expect(byId.get(visit.clientId)?.kind).toBe('visit');
    expect(byId.get(viaPartner.clientId)).toMatchObject({ kind: 'via', via: [contact] });
    expect(byId.get(noPhoneNoHome.clientId)).toMatchObject({
      kind: 'no-path',
      noPathReasons: ['no-phone', 'no-known-address', 'no-crisis-consent'],
    });
  });

  it('audits one search naming exactly the clients on the page', async () => {
    const s = setup();
    const clients = [aClient(), aClient(), aClient()];
    s.world.clientRecords.push(...clients);
    for (const c of clients) s.enrol(c.clientId, s.activity.id);

    const page = await s.list.execute({ actor: coordinator, page: { limit: 2 } });

    expect(s.audit.entries).toEqual([
      expect.objectContaining({
        action: 'search',
        resourceType: 'crisis-priority-list',
        clientIds: ids(page.items),
      }),
    ]);
    expect(page.items).toHaveLength(2);
  });

  it('is set-based: one enrolment query, facts in batches, contacts for the page only', async () => {
    const s = setup();
    for (let i = 0; i < FACTS_BATCH + 20; i++) {
      const client = aClient();
      s.world.clientRecords.push(client);
      s.enrol(client.clientId, s.activity.id);
    }
    const page = await s.list.execute({ actor: coordinator, page: { limit: 10 } });
    expect(page.total).toBe(FACTS_BATCH + 20);
    expect(s.world.calls.get('enrolments.activeIn')).toBe(1);
    expect(s.world.factBatches).toEqual([FACTS_BATCH, 20]);
    expect(s.world.calls.get('crisisContacts.contactsOf')).toBe(1);
  });

  it('lists only the municipality’s clients with an enrolment active today', async () => {
    const s = setup();
    const active = aClient();
    const ended = aClient();
    const osloClient = aClient({ tenantId: OSLO });
    s.world.clientRecords.push(active, ended, osloClient);
    s.enrol(active.clientId, s.activity.id);
    s.enrol(ended.clientId, s.activity.id, '2026-11-22');
    s.world.enrolmentRecords.push({
      tenantId: OSLO,
      clientId: osloClient.clientId,
      serviceId: s.activity.id,
      from: '2026-01-01',
      to: null,
    });

    const list = await s.list.execute({ actor: coordinator, page: {} });

    expect(ids(list.items)).toEqual([active.clientId]);
  });
});
