import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import {
  GOAL_STATUSES,
  PLAN_STATUSES,
  type GoalStatus,
  type IndividualPlan,
  type PlanMeasure,
  type PlanStatus,
  type PlanVersion,
} from '../../../domain/individual-plan/individual-plan';
import type { PlanDueForReview } from '../../../domain/individual-plan/individual-plan.repository';

export class ResponsibleResponseDto {
  @ApiProperty({
    description: 'A service or a partner.',
    enum: ['service', 'partner'],
    example: 'service',
  })
  kind!: 'service' | 'partner';

  @ApiProperty({
    description: 'The service; null for a partner.',
    type: String,
    format: 'uuid',
    nullable: true,
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  serviceId!: string | null;

  @ApiProperty({
    description: 'The partner; null for a service.',
    type: String,
    nullable: true,
    example: null,
  })
  name!: string | null;
}

export class PlanMeasureDto {
  @ApiProperty({
    description: 'Id of the measure.',
    format: 'uuid',
    example: '3a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  })
  id!: string;

  @ApiProperty({ description: 'What is done.', example: 'Weekly meeting about the job trial' })
  description!: string;

  @ApiProperty({ description: 'Who does it.', type: ResponsibleResponseDto })
  responsible!: ResponsibleResponseDto;

  @ApiProperty({ description: 'From this Oslo day.', example: '2026-12-01' })
  from!: string;

  @ApiProperty({
    description: 'To this Oslo day; null when ongoing.',
    type: String,
    nullable: true,
    example: '2027-03-31',
  })
  to!: string | null;

  static from(measure: PlanMeasure): PlanMeasureDto {
    const { responsible } = measure;
    return {
      ...measure,
      responsible: {
        kind: responsible.kind,
        serviceId: responsible.kind === 'service' ? responsible.serviceId : null,
        name: responsible.kind === 'partner' ? responsible.name : null,
      },
    };
  }
}

export class PlanGoalDto {
  @ApiProperty({
    description: 'Id of the goal.',
    format: 'uuid',
    example: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
  })
  id!: string;

  @ApiProperty({
    description: 'The goal in the client’s own words.',
    example: 'Jeg vil ha en jobb å gå til',
  })
  inClientsWords!: string;

  @ApiProperty({ description: 'Where it stands.', enum: GOAL_STATUSES, example: 'active' })
  status!: GoalStatus;

  @ApiProperty({ description: 'The measures towards it.', type: [PlanMeasureDto] })
  measures!: PlanMeasureDto[];
}

export class PlanConsentResponseDto {
  @ApiProperty({ description: 'The client consents to the plan.', example: true })
  given!: boolean;

  @ApiProperty({
    description: 'The Oslo day of the consent.',
    type: String,
    nullable: true,
    example: '2026-11-20',
  })
  on!: string | null;
}

export class PlanEvaluationDto {
  @ApiProperty({
    description: 'Id of the evaluation.',
    format: 'uuid',
    example: 'c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f',
  })
  id!: string;

  @ApiProperty({ description: 'The Oslo day.', example: '2026-12-15' })
  on!: string;

  @ApiProperty({
    description: 'What was found.',
    example: 'Job trial started; keep weekly meetings.',
  })
  text!: string;

  @ApiProperty({ description: 'Who recorded it (token subject).', example: 'nurse-anne' })
  by!: string;
}

/** IP (§ 7-1): the client's individual plan; the `ETag` is its version. */
export class IndividualPlanDto {
  @ApiProperty({
    description: 'Id of the plan.',
    format: 'uuid',
    example: '7c6b5a49-3827-4161-a5f4-e3d2c1b0a998',
  })
  id!: string;

  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '0b6c1f0e-5a0a-4f57-9c53-3d1b0a7e6c11',
  })
  clientId!: string;

  @ApiProperty({ description: 'The coordinator (token subject).', example: 'nurse-anne' })
  coordinator!: string;

  @ApiProperty({
    description: 'The team that holds the plan.',
    type: String,
    format: 'uuid',
    nullable: true,
    example: '2c1d0e9f-8a7b-4c6d-9e5f-4a3b2c1d0e9f',
  })
  teamId!: string | null;

  @ApiProperty({ description: 'The client’s consent to the plan.', type: PlanConsentResponseDto })
  clientConsent!: PlanConsentResponseDto;

  @ApiProperty({ description: 'Where the plan stands.', enum: PLAN_STATUSES, example: 'active' })
  status!: PlanStatus;

  @ApiProperty({ description: 'Oslo day of the next review.', example: '2027-02-15' })
  reviewDue!: string;

  @ApiProperty({ description: 'The goals.', type: [PlanGoalDto] })
  goals!: PlanGoalDto[];

  @ApiProperty({ description: 'Evaluations, oldest first.', type: [PlanEvaluationDto] })
  evaluations!: PlanEvaluationDto[];

  @ApiProperty({ description: 'Version; each change keeps the earlier one.', example: 2 })
  version!: number;

  @ApiProperty({ description: 'When the plan was made.', example: '2026-11-20T10:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ description: 'Who changed it last.', example: 'nurse-anne' })
  updatedBy!: string;

  @ApiProperty({ description: 'When.', example: '2026-11-23T09:00:00.000Z' })
  updatedAt!: string;

  static from(plan: IndividualPlan): IndividualPlanDto {
    return {
      id: plan.id,
      clientId: plan.clientId,
      coordinator: plan.coordinator,
      teamId: plan.teamId,
      clientConsent: { ...plan.clientConsent },
      status: plan.status,
      reviewDue: plan.reviewDue,
      goals: plan.goals.map((goal) => ({
        id: goal.id,
        inClientsWords: goal.inClientsWords,
        status: goal.status,
        measures: goal.measures.map(PlanMeasureDto.from),
      })),
      evaluations: plan.evaluations.map((evaluation) => ({ ...evaluation })),
      version: plan.version,
      createdAt: plan.createdAt.toISOString(),
      updatedBy: plan.updatedBy,
      updatedAt: plan.updatedAt.toISOString(),
    };
  }
}

export class PlanVersionDto {
  @ApiProperty({ description: 'The version.', example: 1 })
  version!: number;

  @ApiProperty({ description: 'Who saved it.', example: 'nurse-anne' })
  savedBy!: string;

  @ApiProperty({ description: 'When.', example: '2026-11-20T10:00:00.000Z' })
  savedAt!: string;

  @ApiProperty({ description: 'The plan as it was at this version.', type: IndividualPlanDto })
  plan!: IndividualPlanDto;

  static from(kept: PlanVersion): PlanVersionDto {
    return {
      version: kept.version,
      savedBy: kept.savedBy,
      savedAt: kept.savedAt.toISOString(),
      plan: IndividualPlanDto.from(kept.plan),
    };
  }
}

export class PlanVersionPageDto extends PageOf(PlanVersionDto) {}

export class PlanDueForReviewDto {
  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '0b6c1f0e-5a0a-4f57-9c53-3d1b0a7e6c11',
  })
  clientId!: string;

  @ApiProperty({
    description: 'The plan.',
    format: 'uuid',
    example: '7c6b5a49-3827-4161-a5f4-e3d2c1b0a998',
  })
  planId!: string;

  @ApiProperty({ description: 'The coordinator.', example: 'nurse-anne' })
  coordinator!: string;

  @ApiProperty({ description: 'Draft or active.', enum: PLAN_STATUSES, example: 'active' })
  status!: PlanStatus;

  @ApiProperty({
    description: 'Oslo day of the review; earlier than today when overdue.',
    example: '2026-11-30',
  })
  reviewDue!: string;

  static from(item: PlanDueForReview): PlanDueForReviewDto {
    return { ...item };
  }
}

export class PlanDueForReviewPageDto extends PageOf(PlanDueForReviewDto) {}
