import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import type { AppliedCounts, CrisisState, LevelChange } from '../../domain/activation/crisis-state';
import type { LevelChangeReport } from '../../domain/activation/level-change-report';
import type { ScheduledChange } from '../../domain/activation/scheduled-change';
import { SCHEDULED_CHANGE_STATUSES } from '../../domain/activation/scheduled-change';
import { SERVICE_MODES } from '../../domain/shared/vocabulary';

const PLAN_ID = '6b1f0a3e-8c2d-4e5f-9a7b-0c1d2e3f4a5b';

export class CrisisStateDto {
  @ApiProperty({ description: '`normal` when no crisis is active.', example: 'red' })
  level!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: PLAN_ID })
  planId!: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The plan version the level was activated with.',
    example: 2,
  })
  planVersion!: number | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The change that brought this level.',
    example: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  })
  levelChangeId!: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2027-03-12T09:00:00.000Z',
  })
  since!: string | null;

  static from(state: CrisisState): CrisisStateDto {
    return {
      level: state.level,
      planId: state.planId,
      planVersion: state.planVersion,
      levelChangeId: state.levelChangeId,
      since: state.since?.toISOString() ?? null,
    };
  }
}

export class AppliedCountsDto implements AppliedCounts {
  @ApiProperty({ example: 9 }) servicesSwitched!: number;
  @ApiProperty({
    description: 'Services given back their mode from before the crisis.',
    example: 0,
  })
  servicesRestored!: number;
  @ApiProperty({ example: 12 }) groupsRearranged!: number;
  @ApiProperty({ example: 31 }) membersMoved!: number;
  @ApiProperty({ example: 4 }) membersUnplaced!: number;
  @ApiProperty({ example: 0 }) groupsRestored!: number;
  @ApiProperty({ example: 140 }) tasksCreated!: number;
  @ApiProperty({ example: 0 }) tasksCancelled!: number;
}

export class ModeSwitchDto {
  @ApiProperty({ format: 'uuid', example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81' })
  serviceId!: string;
  @ApiProperty({ example: 'UNG-prosjektet' }) name!: string;
  @ApiProperty({ enum: SERVICE_MODES, example: 'open' }) fromMode!: string;
  @ApiProperty({ enum: SERVICE_MODES, example: 'remote' }) toMode!: string;
}

export class GroupChangeDto {
  @ApiProperty({ format: 'uuid', example: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d' })
  groupId!: string;
  @ApiProperty({ example: 3 }) membersMoved!: number;
  @ApiProperty({ example: 1 }) membersUnplaced!: number;
}

export class ArrangementEffectDto {
  @ApiProperty({ example: 5 }) maxSize!: number;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    example: ['8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81'],
  })
  serviceIds!: string[];
  @ApiProperty({ example: 6 }) groups!: number;
  @ApiProperty({ example: 14 }) membersMoved!: number;
  @ApiProperty({ description: 'Members without a seat: each gets a follow-up task.', example: 2 })
  membersUnplaced!: number;
  @ApiProperty({
    type: [GroupChangeDto],
    description: 'Per group that changed: members moved and unplaced.',
  })
  groupsChanged!: GroupChangeDto[];
}

export class TaskCountsDto {
  @ApiProperty({ required: false, example: 120 }) 'phone-follow-up'?: number;
  @ApiProperty({ required: false, example: 8 }) 'home-visit'?: number;
  @ApiProperty({ required: false, example: 4 }) 'unplaced-cohort-member'?: number;
  @ApiProperty({ required: false, example: 0 }) 'notice-follow-up'?: number;
  @ApiProperty({ required: false, example: 0 }) 'language-follow-up'?: number;
}

export class PriorityCountsDto {
  @ApiProperty({ required: false, example: 25 }) asap?: number;
  @ApiProperty({ required: false, example: 30 }) urgent?: number;
  @ApiProperty({ required: false, example: 77 }) routine?: number;
}

export class StaffingGapDto {
  @ApiProperty({ format: 'uuid', example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81' })
  serviceId!: string;
  @ApiProperty({ example: 'LAR-utdelingen' }) name!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'null: the service’s own team.',
    example: 'lar-dispensing',
  })
  competency!: string | null;
  @ApiProperty({ example: 2 }) minimum!: number;
  @ApiProperty({ description: 'Trained staff available today (team or back-up).', example: 1 })
  available!: number;
  @ApiProperty({ example: 1 }) gap!: number;
}

export class LevelChangeReportDto {
  @ApiProperty({
    format: 'uuid',
    description: 'In a dry run, the id the change would have had.',
    example: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  })
  levelChangeId!: string;
  @ApiProperty({ description: 'True: nothing was written.', example: false }) dryRun!: boolean;
  @ApiProperty({ example: 'normal' }) fromLevel!: string;
  @ApiProperty({ example: 'red' }) toLevel!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: PLAN_ID }) planId!:
    string | null;
  @ApiProperty({ type: Number, nullable: true, example: 1 }) planVersion!: number | null;
  @ApiProperty({ format: 'date-time', example: '2027-03-12T09:00:00.000Z' }) appliedAt!: string;
  @ApiProperty({ type: [ModeSwitchDto], description: 'Per service: old → new mode.' })
  services!: ModeSwitchDto[];
  @ApiProperty({
    type: [ArrangementEffectDto],
    description: 'Per cohort size: groups re-cohorted, members moved and unplaced.',
  })
  arrangements!: ArrangementEffectDto[];
  @ApiProperty({ type: TaskCountsDto, description: 'Tasks created, by kind.' })
  tasksByKind!: TaskCountsDto;
  @ApiProperty({ type: PriorityCountsDto, description: 'Tasks created, by priority.' })
  tasksByPriority!: PriorityCountsDto;
  @ApiProperty({ description: 'Distinct clients given a task.', example: 132 })
  clientsAffected!: number;
  @ApiProperty({
    type: [StaffingGapDto],
    description:
      'Critical services short of trained, available staff today at the new level (CR-5).',
  })
  staffingGaps!: StaffingGapDto[];
  @ApiProperty({ type: AppliedCountsDto }) counts!: AppliedCountsDto;

  static from(report: LevelChangeReport): LevelChangeReportDto {
    return {
      levelChangeId: report.levelChangeId,
      dryRun: report.dryRun,
      fromLevel: report.fromLevel,
      toLevel: report.toLevel,
      planId: report.planId,
      planVersion: report.planVersion,
      appliedAt: report.appliedAt.toISOString(),
      services: report.services.map((entry) => ({ ...entry })),
      arrangements: report.arrangements.map((entry) => ({
        ...entry,
        serviceIds: [...entry.serviceIds],
        groupsChanged: entry.groupsChanged.map((change) => ({ ...change })),
      })),
      tasksByKind: { ...report.tasksByKind },
      tasksByPriority: { ...report.tasksByPriority },
      clientsAffected: report.clientsAffected,
      staffingGaps: report.staffingGaps.map((gap) => ({ ...gap })),
      counts: { ...report.counts },
    };
  }
}

export class LevelChangeDto {
  @ApiProperty({ format: 'uuid', example: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' }) id!: string;
  @ApiProperty({ example: 'normal' }) fromLevel!: string;
  @ApiProperty({ example: 'red' }) toLevel!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: PLAN_ID }) planId!:
    string | null;
  @ApiProperty({ type: Number, nullable: true, example: 1 }) planVersion!: number | null;
  @ApiProperty({ example: 'Smitteutbrudd i kommunen.' }) reason!: string;
  @ApiProperty({ example: 'FHI: råd om smitteverntiltak, 12.03.2020' }) guidelineText!: string;
  @ApiProperty({ type: String, nullable: true, example: 'https://www.fhi.no/' }) guidelineUrl!:
    string | null;
  @ApiProperty({ example: 'coordinator-1' }) requestedBy!: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Set when it was scheduled ahead.',
    example: null,
  })
  scheduledChangeId!: string | null;
  @ApiProperty({ format: 'date-time', example: '2027-03-12T09:00:00.000Z' }) appliedAt!: string;
  @ApiProperty({ type: AppliedCountsDto }) counts!: AppliedCountsDto;

  static from(change: LevelChange): LevelChangeDto {
    return {
      id: change.id,
      fromLevel: change.fromLevel,
      toLevel: change.toLevel,
      planId: change.planId,
      planVersion: change.planVersion,
      reason: change.reason,
      guidelineText: change.guideline.text,
      guidelineUrl: change.guideline.url,
      requestedBy: change.requestedBy,
      scheduledChangeId: change.scheduledChangeId,
      appliedAt: change.appliedAt.toISOString(),
      counts: { ...change.counts },
    };
  }
}

export class LevelChangePageDto extends PageOf(LevelChangeDto) {}

export class ScheduledChangeDto {
  @ApiProperty({ format: 'uuid', example: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a' }) id!: string;
  @ApiProperty({ example: 'red' }) toLevel!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: PLAN_ID }) planId!:
    string | null;
  @ApiProperty({ example: 'Nasjonale tiltak fra mandag.' }) reason!: string;
  @ApiProperty({ example: 'Regjeringen: nasjonale tiltak, 12.03.2020' }) guidelineText!: string;
  @ApiProperty({ type: String, nullable: true, example: 'https://www.regjeringen.no/' })
  guidelineUrl!: string | null;
  @ApiProperty({ example: 'coordinator-1' }) requestedBy!: string;
  @ApiProperty({ format: 'date-time', example: '2027-03-16T05:00:00.000Z' }) runAt!: string;
  @ApiProperty({ enum: SCHEDULED_CHANGE_STATUSES, example: 'pending' }) status!: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The change it applied.',
    example: null,
  })
  levelChangeId!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why it failed, when it did.',
    example: null,
  })
  error!: string | null;

  static from(change: ScheduledChange): ScheduledChangeDto {
    return {
      id: change.id,
      toLevel: change.toLevel,
      planId: change.planId,
      reason: change.reason,
      guidelineText: change.guideline.text,
      guidelineUrl: change.guideline.url,
      requestedBy: change.requestedBy,
      runAt: change.runAt.toISOString(),
      status: change.status,
      levelChangeId: change.levelChangeId,
      error: change.error,
    };
  }
}

export class ScheduledChangePageDto extends PageOf(ScheduledChangeDto) {}
