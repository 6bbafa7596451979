import { newId, osloDate, recordAll, type Actor } from '@lavterskel/kernel';
import { CrisisModeError, CrisisModeErrorCode } from '../crisis-mode-error';
import type { CrisisModePorts } from '../crisis-mode-ports';
import { assertCoordinator } from '../plan/authorize-coordinator';
import { NORMAL_LEVEL, levelOf, type CrisisLevel, type CrisisPlan } from '../plan/crisis-plan';
import type { CatalogueService, UnplacedCohortMember } from '../other-libraries';
import { assertValid, notBlank, violation } from '../shared/violations';
import { isWebUrl } from '../shared/web-url';
import type { FollowUpTask } from '../tasks/follow-up-task';
import {
  noCrisis,
  type AppliedCounts,
  type AppliedEffects,
  type CrisisState,
  type Guideline,
  type LevelChange,
} from './crisis-state';
import { effectStep } from './effect-step';
import {
  LAR_COMPETENCY,
  followUpTasks,
  unplacedMemberTasks,
  type FollowUpContext,
} from './follow-up-effects';
import { staffingLines } from '../staffing/staffing-lines';
import {
  tally,
  type ArrangementEffect,
  type LevelChangeReport,
  type StaffingGap,
} from './level-change-report';
import { cohortSizes, inPersonStopped, serviceModeEffects } from './service-mode-effects';

export const MAX_GUIDELINE_URL = 2000;

export interface ChangeCrisisLevelInput {
  actor: Actor;
  /** The level to go to; `normal` deactivates. */
  level: string;
  /** The plan to activate; default: the plan in force. Needed when leaving `normal`. */
  planId?: string;
  reason: string;
  guideline: Guideline;
  /** Set when a scheduled change fires. */
  scheduledChangeId?: string;
}

interface HowToRun {
  readonly dryRun: boolean;
  readonly writes: boolean;
}
const WRITE: HowToRun = { dryRun: false, writes: true };
const ROLLED_BACK: HowToRun = { dryRun: true, writes: true };
const PREVIEW: HowToRun = { dryRun: true, writes: false };

/** Thrown inside a dry run's transaction so that it rolls back; carries the report out. */
class DryRunRollback extends Error {
  constructor(readonly report: LevelChangeReport) {
    super('dry run');
  }
}

/**
 * CR-2, CR-3: activate, change or deactivate the crisis level of a municipality, applying
 * every effect in one transaction: service modes switched (from the modes before the crisis),
 * groups re-cohorted to the level's sizes, follow-up tasks for every client whose in-person
 * service stopped and every cohort member without a seat. Going to `normal` restores the modes
 * and cohorts exactly and cancels the tasks nobody has touched. A failing step leaves nothing.
 * `dryRun` computes the same report without writing: from `normal` by reading and running the
 * same planning (the groups library's preview of the same re-cohorting); from a level in force,
 * by applying in a transaction that is rolled back (the preview cannot undo the arrangement in
 * force without writing).
 */
export class ChangeCrisisLevel {
  constructor(
    private readonly ports: Pick<
      CrisisModePorts,
      | 'unitOfWork'
      | 'audit'
      | 'clock'
      | 'plans'
      | 'state'
      | 'tasks'
      | 'catalogue'
      | 'serviceModes'
      | 'cohorts'
      | 'enrolments'
      | 'clients'
      | 'staff'
      | 'backups'
    >,
  ) {}

  async execute(input: ChangeCrisisLevelInput): Promise<LevelChangeReport> {
    this.validate(input);
    return this.ports.unitOfWork.run(() => this.apply(input, WRITE));
  }

  async dryRun(input: ChangeCrisisLevelInput): Promise<LevelChangeReport> {
    this.validate(input);
    const inForce = await this.ports.unitOfWork.run(() =>
      this.ports.state.find(input.actor.tenantId),
    );
    const report = inForce?.levelChangeId
      ? await this.rolledBack(input)
      : await this.ports.unitOfWork.run(() => this.apply(input, PREVIEW));
    await this.ports.unitOfWork.run(() =>
      this.ports.audit.record({
        actor: input.actor,
        action: 'search',
        resourceType: 'crisis-level-dry-run',
        reason: `${report.fromLevel} → ${report.toLevel}: ${input.reason.trim()}`,
      }),
    );
    return report;
  }

  private async rolledBack(input: ChangeCrisisLevelInput): Promise<LevelChangeReport> {
    try {
      await this.ports.unitOfWork.run(async () => {
        throw new DryRunRollback(await this.apply(input, ROLLED_BACK));
      });
      throw new Error('unreachable: a dry run always rolls back');
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error;
      return error.report;
    }
  }

  private validate(input: ChangeCrisisLevelInput): void {
    assertCoordinator(input.actor);
    const url = input.guideline.url;
    assertValid([
      notBlank(input.level, 'level'),
      notBlank(input.reason, 'reason'),
      notBlank(input.guideline.text, 'guideline.text'),
      url !== null &&
        !(url.length <= MAX_GUIDELINE_URL && isWebUrl(url)) &&
        violation('guideline.url', 'url', 'must be an absolute http(s) URL'),
    ]);
  }

  private async apply(input: ChangeCrisisLevelInput, how: HowToRun): Promise<LevelChangeReport> {
    const { dryRun, writes } = how;
    const { actor } = input;
    const tenantId = actor.tenantId;
    const state =
      (await this.ports.state.find(tenantId, { forUpdate: writes })) ?? noCrisis(tenantId);
    const plan = await this.planFor(input, state);
    const toLevel = plan ? this.levelIn(plan, input.level) : undefined;
    if (
      state.level === input.level &&
      (input.level === NORMAL_LEVEL || state.planId === plan?.id)
    ) {
      throw new CrisisModeError(
        CrisisModeErrorCode.AlreadyAtLevel,
        `The municipality is at level ${input.level} already.`,
        [violation('level', 'changes', `is the level in force`)],
      );
    }
    const inForce = state.levelChangeId
      ? await this.ports.state.findEffects(tenantId, state.levelChangeId)
      : null;
    const fromPlan =
      state.planId && state.planVersion !== null
        ? await this.ports.plans.find(tenantId, state.planId, state.planVersion)
        : null;
    const fromLevel = fromPlan ? levelOf(fromPlan, state.level) : undefined;

    const levelChangeId = newId();
    const now = this.ports.clock.now();
    const today = osloDate(now);
    const services = await this.ports.catalogue.list(actor);

    if (!writes && inForce) {
      throw new CrisisModeError(
        CrisisModeErrorCode.ConcurrentChange,
        'A crisis level was activated meanwhile; run the dry run again.',
      );
    }
    await effectStep('restore-cohorts', async () => {
      for (const reference of inForce?.arrangementReferences ?? []) {
        await this.ports.cohorts.restore(actor, reference);
      }
    });
    const modes = serviceModeEffects({ services, inForce, level: toLevel });
    await effectStep('switch-service-modes', async () => {
      if (!writes) return;
      await this.ports.serviceModes.change(
        actor,
        modes.switches.map((change) => ({
          serviceId: change.serviceId,
          mode: change.toMode,
          reason: `crisis level ${input.level}: ${input.reason.trim()}`,
        })),
      );
    });
    const arrangements: (ArrangementEffect & { reference: string })[] = [];
    const unplaced: UnplacedCohortMember[] = [];
    await effectStep('apply-cohort-sizes', async () => {
      for (const size of cohortSizes(services, toLevel)) {
        const reference = `crisis:${levelChangeId}:${size.maxSize}`;
        const result = writes
          ? await this.ports.cohorts.apply(actor, { reference, ...size })
          : await this.ports.cohorts.preview(actor, size);
        arrangements.push({
          reference,
          ...size,
          groups: result.groups,
          membersMoved: result.membersMoved,
          membersUnplaced: result.unplaced.length,
          groupsChanged: result.groupsChanged,
        });
        unplaced.push(...result.unplaced);
      }
    });
    const tasksCancelled =
      toLevel && input.level !== NORMAL_LEVEL
        ? 0
        : await effectStep('cancel-tasks', () =>
            this.ports.tasks.cancelUntouched({
              tenantId,
              levelChangeIds: inForce?.episodeChangeIds ?? [],
              outcome: `Cancelled: the crisis ended (${input.reason.trim()}).`,
              by: actor.subject,
              at: now,
            }),
          );
    const tasks =
      toLevel && input.level !== NORMAL_LEVEL
        ? await this.followUps({
            input,
            levelChangeId,
            toLevel,
            fromLevel,
            services,
            unplaced,
            now,
            today,
          })
        : [];
    await effectStep('create-tasks', async () => {
      if (!writes) return;
      await this.ports.tasks.insertMany(tasks);
      await recordAll(this.ports.audit, [
        {
          actor,
          action: 'create',
          resourceType: 'follow-up-task',
          reason: `crisis level ${input.level} (${levelChangeId})`,
          clientIds: tasks.flatMap((task) => (task.clientId ? [task.clientId] : [])),
        },
      ]);
    });

    const intoCrisisMode = new Set(modes.recorded.map((entry) => entry.serviceId));
    const switched = modes.switches.filter((change) => intoCrisisMode.has(change.serviceId)).length;
    const counts: AppliedCounts = {
      servicesSwitched: switched,
      servicesRestored: modes.switches.length - switched,
      groupsRearranged: arrangements.reduce((sum, entry) => sum + entry.groups, 0),
      membersMoved: arrangements.reduce((sum, entry) => sum + entry.membersMoved, 0),
      membersUnplaced: unplaced.length,
      groupsRestored: inForce?.arrangementReferences.length ?? 0,
      tasksCreated: tasks.length,
      tasksCancelled,
    };
    const leavingCrisis = input.level === NORMAL_LEVEL;
    const effects: AppliedEffects = {
      levelChangeId,
      serviceModes: modes.recorded,
      arrangementReferences: arrangements.map((entry) => entry.reference),
      episodeChangeIds: leavingCrisis ? [] : [...(inForce?.episodeChangeIds ?? []), levelChangeId],
    };
    const change: LevelChange = {
      id: levelChangeId,
      tenantId,
      fromLevel: state.level,
      toLevel: input.level,
      planId: leavingCrisis ? state.planId : (plan?.id ?? null),
      planVersion: leavingCrisis ? state.planVersion : (plan?.version ?? null),
      reason: input.reason.trim(),
      guideline: { text: input.guideline.text.trim(), url: input.guideline.url },
      requestedBy: actor.subject,
      scheduledChangeId: input.scheduledChangeId ?? null,
      appliedAt: now,
      counts,
    };
    const staffingGaps =
      toLevel && !leavingCrisis ? await this.staffingGaps(actor, services, toLevel, today) : [];
    if (writes) await this.record({ actor, state, change, effects, plan, leavingCrisis });
    return {
      levelChangeId,
      dryRun,
      fromLevel: state.level,
      toLevel: input.level,
      planId: change.planId,
      planVersion: change.planVersion,
      appliedAt: now,
      services: modes.switches,
      arrangements: arrangements.map(({ reference: _reference, ...entry }) => entry),
      tasksByKind: tally(tasks.map((task) => task.kind)),
      tasksByPriority: tally(tasks.map((task) => task.priority)),
      clientsAffected: new Set(tasks.map((task) => task.clientId)).size,
      staffingGaps,
      counts,
    };
  }

  /** Keeps the change in the history and puts the new level in force (the last writes). */
  private async record(input: {
    actor: Actor;
    state: CrisisState;
    change: LevelChange;
    effects: AppliedEffects;
    plan: CrisisPlan | null;
    leavingCrisis: boolean;
  }): Promise<void> {
    const { actor, state, change, effects, plan, leavingCrisis } = input;
    await this.ports.state.insertChange(change, effects);
    const next: CrisisState = {
      tenantId: change.tenantId,
      level: change.toLevel,
      planId: leavingCrisis ? null : (plan?.id ?? null),
      planVersion: leavingCrisis ? null : (plan?.version ?? null),
      levelChangeId: leavingCrisis ? null : change.id,
      since: change.appliedAt,
      version: state.version + 1,
    };
    if (!(await this.ports.state.save(next, state.version))) {
      throw new CrisisModeError(
        CrisisModeErrorCode.ConcurrentChange,
        'Another change of the crisis level came first; read the level and try again.',
      );
    }
    await this.ports.audit.record({
      actor,
      action: 'update',
      resourceType: 'crisis-level',
      resourceId: change.id,
      reason: `${change.fromLevel} → ${change.toLevel}: ${change.reason}`,
    });
  }

  /** CR-5 at the new level: every critical service's competency line that lacks staff today. */
  private async staffingGaps(
    actor: Actor,
    services: readonly CatalogueService[],
    level: CrisisLevel,
    today: string,
  ): Promise<StaffingGap[]> {
    const [staff, backups] = await Promise.all([
      this.ports.staff.availableOn(actor, today),
      this.ports.backups.coveringDay(actor.tenantId, today),
    ]);
    return staffingLines({ services, staff, backups, level, on: today }).flatMap((entry) =>
      entry.lines
        .filter((line) => line.gap > 0)
        .map((line) => ({
          serviceId: entry.service.id,
          name: entry.service.name,
          competency: line.competency,
          minimum: line.minimum,
          available: line.available.length,
          gap: line.gap,
        })),
    );
  }

  /** The plan to go to: the one named (newest version), else the one in force (its version). */
  private async planFor(
    input: ChangeCrisisLevelInput,
    state: CrisisState,
  ): Promise<CrisisPlan | null> {
    const tenantId = input.actor.tenantId;
    if (input.level === NORMAL_LEVEL && !input.planId) {
      return state.planId && state.planVersion !== null
        ? this.ports.plans.find(tenantId, state.planId, state.planVersion)
        : null;
    }
    const keepVersion = input.planId === undefined || input.planId === state.planId;
    const planId = input.planId ?? state.planId;
    if (!planId) {
      throw new CrisisModeError(
        CrisisModeErrorCode.InvalidInput,
        'Name the crisis plan to activate.',
        [violation('planId', 'required', 'is required when no crisis plan is in force')],
      );
    }
    const plan = await this.ports.plans.find(
      tenantId,
      planId,
      keepVersion && state.planVersion !== null ? state.planVersion : undefined,
    );
    if (!plan) {
      throw new CrisisModeError(
        CrisisModeErrorCode.InvalidInput,
        'No crisis plan with this id in your municipality.',
        [violation('planId', 'exists', 'must be the id of a crisis plan of your municipality')],
      );
    }
    return plan;
  }

  private levelIn(plan: CrisisPlan, code: string): CrisisLevel {
    const level = levelOf(plan, code);
    if (!level) {
      throw new CrisisModeError(
        CrisisModeErrorCode.UnknownLevel,
        `The plan "${plan.name}" (version ${plan.version}) has no level "${code}".`,
        [
          violation(
            'level',
            'in-plan',
            `must be one of ${plan.levels.map((level) => level.code).join(', ')}`,
          ),
        ],
        { levels: plan.levels.map((level) => level.code) },
      );
    }
    return level;
  }

  /** Tasks for clients whose in-person service stops at this level (and did not at the last). */
  private async followUps(input: {
    input: ChangeCrisisLevelInput;
    levelChangeId: string;
    toLevel: CrisisLevel;
    fromLevel: CrisisLevel | undefined;
    services: readonly CatalogueService[];
    unplaced: readonly UnplacedCohortMember[];
    now: Date;
    today: string;
  }): Promise<FollowUpTask[]> {
    const { actor } = input.input;
    const before = inPersonStopped(input.services, input.fromLevel);
    const stoppedIds = [...inPersonStopped(input.services, input.toLevel)].filter(
      (id) => !before.has(id),
    );
    const larIds = input.services
      .filter((service) => service.requiredCompetencies.includes(LAR_COMPETENCY))
      .map((service) => service.id);
    const stopped = stoppedIds.length
      ? await this.ports.enrolments.activeIn(actor, { serviceIds: stoppedIds, on: input.today })
      : [];
    const lar = larIds.length
      ? await this.ports.enrolments.activeIn(actor, { serviceIds: larIds, on: input.today })
      : [];
    const clientIds = [...new Set([...stopped, ...input.unplaced].map((entry) => entry.clientId))];
    const facts = clientIds.length ? await this.ports.clients.facts(actor, clientIds) : [];
    const contacts = [
      ...new Set(facts.flatMap((fact) => [fact.primaryContact, fact.backupContact ?? []].flat())),
    ];
    const absent = contacts.length
      ? await this.ports.staff.absentAmong(actor, { subjects: contacts, on: input.today })
      : new Set<string>();
    const context: FollowUpContext = {
      tenantId: actor.tenantId,
      levelChangeId: input.levelChangeId,
      level: input.toLevel,
      services: new Map(input.services.map((service) => [service.id, service])),
      facts: new Map(facts.map((fact) => [fact.clientId, fact])),
      larClients: new Set(lar.map((entry) => entry.clientId)),
      absent,
      createdBy: actor.subject,
      now: input.now,
      today: input.today,
    };
    return [...followUpTasks(context, stopped), ...unplacedMemberTasks(context, input.unplaced)];
  }
}
