import { fixedClock, newId } from '@lavterskel/kernel';
import { CrisisModeErrorCode } from '../crisis-mode-error';
import { InMemoryBackupAssignmentRepository } from '../testing/in-memory-backup-assignments.repository';
import { InMemoryCrisisPlanRepository } from '../testing/in-memory-crisis-plan.repository';
import { InMemoryCrisisStateRepository } from '../testing/in-memory-crisis-state.repository';
import { InMemoryFollowUpTaskRepository } from '../testing/in-memory-follow-up-task.repository';
import { SKIEN, actor, directUnitOfWork, recordingAudit } from '../testing/in-memory-kernel';
import { InMemoryOtherLibraries } from '../testing/in-memory-other-libraries';
import { aClient, aService, aStaffMember } from '../testing/other-library-builders';
import { MONDAY } from '../testing/reports-scene';
import { aLevel, aPlan, aRule } from '../testing/crisis-plan.builders';
import { ChangeCrisisLevel } from './change-crisis-level.use-case';

const coordinator = actor({ subject: 'coordinator-kari', roles: ['crisis-coordinator'] });
const guideline = { text: 'FHI-råd', url: null };

function scene() {
  const clock = fixedClock(MONDAY);
  const world = new InMemoryOtherLibraries(() => clock.now());
  const followUp = aService({ name: 'Oppfølging', category: 'treatment-follow-up' });
  const lar = aService({ name: 'LAR', requiredCompetencies: ['lar-dispensing'], critical: true });
  const activity = aService({ name: 'Aktivitet', category: 'activity' });
  world.services.push(followUp, lar, activity);
  const noPhone = aClient({ reachableByPhone: false, vulnerabilityFlags: ['no-phone'] });
  const overdose = aClient({ vulnerabilityFlags: ['overdose-history'] });
  const larClient = aClient();
  const coveredByBackup = aClient({ primaryContact: 'nurse-sick', backupContact: 'nurse-ola' });
  const notEnrolled = aClient();
  world.clientRecords.push(noPhone, overdose, larClient, coveredByBackup, notEnrolled);
  for (const client of [noPhone, overdose, larClient, coveredByBackup]) {
    world.enrolmentRecords.push({
      tenantId: SKIEN,
      clientId: client.clientId,
      serviceId: followUp.id,
      from: '2026-01-01',
      to: null,
    });
  }
  world.enrolmentRecords.push({
    tenantId: SKIEN,
    clientId: larClient.clientId,
    serviceId: lar.id,
    from: '2026-01-01',
    to: null,
  });
  world.staffMembers.push(
    aStaffMember({
      subject: 'nurse-sick',
      availability: [{ status: 'sick', from: '2026-11-20', to: '2026-11-30' }],
    }),
  );
  const members = [noPhone, overdose, larClient, coveredByBackup, notEnrolled].map((client) => ({
    membershipId: newId(),
    clientId: client.clientId,
  }));
  world.groups.push({
    tenantId: SKIEN,
    groupId: newId(),
    serviceId: activity.id,
    slots: 2,
    members,
  });
  const plan = aPlan([
    aLevel({
      code: 'red',
      priorityFlags: ['overdose-history'],
      rules: [
        aRule({ target: { kind: 'category', category: 'treatment-follow-up' }, mode: 'remote' }),
        aRule({
          target: { kind: 'category', category: 'activity' },
          mode: 'outdoor-only',
          maxGroupSize: 2,
        }),
      ],
    }),
  ]);
  const plans = new InMemoryCrisisPlanRepository();
  const tasks = new InMemoryFollowUpTaskRepository();
  const state = new InMemoryCrisisStateRepository();
  const audit = recordingAudit();
  const useCase = new ChangeCrisisLevel({
    ...world.ports(),
    plans,
    tasks,
    state,
    backups: new InMemoryBackupAssignmentRepository(),
    audit,
    clock,
    unitOfWork: directUnitOfWork,
  });
  return {
    world,
    plan,
    plans,
    tasks,
    state,
    audit,
    useCase,
    followUp,
    lar,
    activity,
    noPhone,
    overdose,
    larClient,
    coveredByBackup,
    notEnrolled,
  };
}

describe('ChangeCrisisLevel', () => {
  it('switches modes, re-cohorts and creates a task per client whose in-person service stopped', async () => {
    const s = scene();
    await s.plans.insert(s.plan);
    const report = await s.useCase.execute({
      actor: coordinator,
      level: 'red',
      planId: s.plan.id,
      reason: 'Utbrudd',
      guideline,
    });

    expect(s.world.services.find((x) => x.id === s.followUp.id)?.mode).toBe('remote');
    expect(s.world.services.find((x) => x.id === s.activity.id)?.mode).toBe('outdoor-only');
    expect(s.world.services.find((x) => x.id === s.lar.id)?.mode).toBe('open');

    const byClient = new Map(
      s.tasks
        .all()
        .filter((t) => t.kind !== 'unplaced-cohort-member')
        .map((t) => [t.clientId, t]),
    );
    expect(byClient.get(s.noPhone.clientId)).toMatchObject({
      kind: 'home-visit',
      priority: 'routine',
      due: '2026-11-26',
    });
    expect(byClient.get(s.overdose.clientId)).toMatchObject({
      kind: 'phone-follow-up',
      priority: 'asap',
      due: '2026-11-23',
    });
    expect(byClient.get(s.larClient.clientId)).toMatchObject({
      priority: 'urgent',
      due: '2026-11-24',
    });
    expect(byClient.get(s.coveredByBackup.clientId)?.assignee).toEqual({
      kind: 'staff',
      subject: 'nurse-ola',
    });
    expect(byClient.has(s.notEnrolled.clientId)).toBe(false);

    const unplaced = s.tasks.all().filter((t) => t.kind === 'unplaced-cohort-member');
    expect(unplaced.map((t) => t.clientId)).toEqual([s.notEnrolled.clientId]);
    expect(report.counts).toMatchObject({
      servicesSwitched: 2,
      membersUnplaced: 1,
      tasksCreated: 5,
    });
    expect(report.tasksByKind).toEqual({
      'home-visit': 1,
      'phone-follow-up': 3,
      'unplaced-cohort-member': 1,
    });
    expect(
      s.audit.entries.find((e) => e.resourceType === 'follow-up-task')?.clientIds,
    ).toHaveLength(5);
  });

  it('going back to normal restores modes and cohorts and cancels only untouched tasks', async () => {
    const s = scene();
    await s.plans.insert(s.plan);
    const membersBefore = s.world.groups[0].members.map((m) => m.membershipId);
    await s.useCase.execute({
      actor: coordinator,
      level: 'red',
      planId: s.plan.id,
      reason: 'Utbrudd',
      guideline,
    });
    const worked = s.tasks.all()[0];
    await s.tasks.update({ ...worked, status: 'done', outcome: 'Ringt', version: 2 }, 1);

    const report = await s.useCase.execute({
      actor: coordinator,
      level: 'normal',
      reason: 'Over',
      guideline,
    });
    expect(s.world.services.map((x) => x.mode)).toEqual(['open', 'open', 'open']);
    expect(s.world.groups[0].members.map((m) => m.membershipId)).toEqual(membersBefore);
    expect(report.counts).toMatchObject({
      servicesRestored: 2,
      tasksCancelled: 4,
      tasksCreated: 0,
    });
    expect(s.tasks.all().find((t) => t.id === worked.id)).toMatchObject({
      status: 'done',
      outcome: 'Ringt',
    });
    expect(s.tasks.all().filter((t) => t.status === 'open')).toEqual([]);
    expect((await s.state.find(SKIEN))?.level).toBe('normal');
  });

  it('names the step that failed', async () => {
    const s = scene();
    await s.plans.insert(s.plan);
    s.world.breakPort('cohorts');
    await expect(
      s.useCase.execute({
        actor: coordinator,
        level: 'red',
        planId: s.plan.id,
        reason: 'Utbrudd',
        guideline,
      }),
    ).rejects.toMatchObject({
      code: CrisisModeErrorCode.EffectFailed,
      details: { step: 'apply-cohort-sizes' },
    });
  });

  it('lets only a crisis coordinator change the level, and refuses levels the plan lacks', async () => {
    const s = scene();
    await s.plans.insert(s.plan);
    await expect(
      s.useCase.execute({
        actor: actor({ roles: ['team-lead'] }),
        level: 'red',
        planId: s.plan.id,
        reason: 'x',
        guideline,
      }),
    ).rejects.toMatchObject({ code: CrisisModeErrorCode.NotCoordinator });
    await expect(
      s.useCase.execute({
        actor: coordinator,
        level: 'purple',
        planId: s.plan.id,
        reason: 'x',
        guideline,
      }),
    ).rejects.toMatchObject({ code: CrisisModeErrorCode.UnknownLevel });
    await expect(
      s.useCase.execute({ actor: coordinator, level: 'normal', reason: 'x', guideline }),
    ).rejects.toMatchObject({ code: CrisisModeErrorCode.AlreadyAtLevel });
    expect(s.world.modeHistory).toEqual([]);
  });
});
