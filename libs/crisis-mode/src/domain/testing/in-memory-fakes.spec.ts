import { noCrisis } from '../activation/crisis-state';
import { InMemoryCrisisPlanRepository } from './in-memory-crisis-plan.repository';
import { InMemoryCrisisStateRepository } from './in-memory-crisis-state.repository';
import { OSLO, SKIEN, actor } from './in-memory-kernel';
import { InMemoryOtherLibraries } from './in-memory-other-libraries';
import { aStaffMember } from './other-library-builders';
import { aPlan } from './crisis-plan.builders';

/** The fakes other tests build on keep their owners' rules. */
describe('in-memory fakes', () => {
  it('the roster leaves out staff lent to a partner, sick or quarantined, and reports them absent', async () => {
    const world = new InMemoryOtherLibraries();
    const lent = aStaffMember({
      subject: 'lent',
      availability: [
        { status: 'on-duty', from: '2026-01-01', to: '2026-12-31' },
        { status: 'lent-to-partner', from: '2026-11-23', to: '2026-11-23' },
      ],
    });
    const onDuty = aStaffMember({ subject: 'on-duty' });
    const offDuty = aStaffMember({ subject: 'off-duty', availability: [] });
    world.staffMembers.push(lent, onDuty, offDuty, aStaffMember({ tenantId: OSLO }));
    const available = await world.staff.availableOn(actor(), '2026-11-23');
    expect(available.map((m) => m.subject)).toEqual(['on-duty']);
    expect((await world.staff.availableOn(actor(), '2026-11-24')).map((m) => m.subject)).toEqual([
      'lent',
      'on-duty',
    ]);
    expect(
      await world.staff.absentAmong(actor(), {
        subjects: ['lent', 'on-duty', 'off-duty'],
        on: '2026-11-23',
      }),
    ).toEqual(new Set(['lent']));
  });

  it('a broken port fails every call', async () => {
    const world = new InMemoryOtherLibraries();
    world.breakPort('cohorts');
    await expect(
      world.cohorts.apply(actor(), { reference: 'r', maxSize: 5, serviceIds: [] }),
    ).rejects.toThrow('injected fault');
  });

  it('cohorts: apply leaves members beyond slots × size unplaced, restore gives them back', async () => {
    const world = new InMemoryOtherLibraries();
    const members = Array.from({ length: 7 }, (_, i) => ({
      membershipId: `m${i}`,
      clientId: `c${i}`,
    }));
    world.groups.push({
      tenantId: SKIEN,
      groupId: 'g',
      serviceId: 's',
      slots: 1,
      members: [...members],
    });
    const result = await world.cohorts.apply(actor(), {
      reference: 'r',
      maxSize: 5,
      serviceIds: ['s'],
    });
    expect(result.unplaced.map((m) => m.clientId)).toEqual(['c5', 'c6']);
    await expect(
      world.cohorts.apply(actor(), { reference: 'r', maxSize: 5, serviceIds: ['s'] }),
    ).rejects.toThrow();
    await world.cohorts.restore(actor(), 'r');
    expect(world.groups[0].members).toEqual(members);
  });

  it('state: save is conditional on the version, and insert only once', async () => {
    const state = new InMemoryCrisisStateRepository();
    const first = { ...noCrisis(SKIEN), version: 1 };
    expect(await state.save(first, 0)).toBe(true);
    expect(await state.save(first, 0)).toBe(false);
    expect(await state.save({ ...first, level: 'red', version: 2 }, 5)).toBe(false);
    expect(await state.save({ ...first, level: 'red', version: 2 }, 1)).toBe(true);
    expect(await state.find(SKIEN)).toMatchObject({ level: 'red', version: 2 });
    expect(await state.find(OSLO)).toBeNull();
  });

  it('plans: a version is unique, find answers the newest or the one asked for', async () => {
    const plans = new InMemoryCrisisPlanRepository();
    const v1 = aPlan([]);
    await plans.insert(v1);
    await expect(plans.insert(v1)).rejects.toMatchObject({ code: '23505' });
    await plans.insert({ ...v1, version: 2, name: 'Revidert' });
    expect((await plans.find(SKIEN, v1.id))?.version).toBe(2);
    expect((await plans.find(SKIEN, v1.id, 1))?.name).toBe('Beredskapsplan');
    expect(await plans.find(OSLO, v1.id)).toBeNull();
    expect((await plans.list(SKIEN, {})).items.map((p) => p.version)).toEqual([2]);
  });
});
