import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  GOAL_STATUSES,
  MAX_GOAL_MEASURES,
  MAX_PLAN_GOALS,
  MAX_PLAN_TEXT_LENGTH,
  PLAN_STATUSES,
  type GoalStatus,
  type PlanStatus,
  type Responsible,
} from '../../../domain/individual-plan/individual-plan';
import type { IndividualPlanEntry } from '../../../domain/individual-plan/individual-plan-rules';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = { message: '$property must be a date, YYYY-MM-DD' };

export class ResponsibleDto {
  @ApiProperty({
    description:
      '`service`: one of the municipality’s services (`serviceId`); `partner`: anyone else, by name (`name`).',
    enum: ['service', 'partner'],
    example: 'partner',
  })
  @IsIn(['service', 'partner'])
  kind!: 'service' | 'partner';

  @ApiPropertyOptional({
    description: 'The service, when `kind` is `service`.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  @ValidateIf((dto: ResponsibleDto) => dto.kind === 'service')
  @IsUUID()
  serviceId?: string;

  @ApiPropertyOptional({
    description: 'The partner, when `kind` is `partner`.',
    maxLength: MAX_PLAN_TEXT_LENGTH,
    example: 'NAV Skien',
  })
  @ValidateIf((dto: ResponsibleDto) => dto.kind === 'partner')
  @IsString()
  @MaxLength(MAX_PLAN_TEXT_LENGTH)
  name?: string;

  toResponsible(): Responsible {
    return this.kind === 'service'
      ? { kind: 'service', serviceId: this.serviceId ?? '' }
      : { kind: 'partner', name: this.name ?? '' };
  }
}

/** A measure of a new plan. */
export class NewPlanMeasureRequestDto {
  @ApiProperty({
    description: 'What is done.',
    maxLength: MAX_PLAN_TEXT_LENGTH,
    example: 'Weekly meeting about the job trial',
  })
  @IsString()
  @MaxLength(MAX_PLAN_TEXT_LENGTH)
  description!: string;

  @ApiProperty({ description: 'Who does it.', type: ResponsibleDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ResponsibleDto)
  responsible!: ResponsibleDto;

  @ApiProperty({ description: 'From this Oslo day.', example: '2026-12-01' })
  @Matches(CALENDAR_DATE, DATE_MESSAGE)
  from!: string;

  @ApiProperty({
    description: 'To this Oslo day; null when ongoing.',
    type: String,
    nullable: true,
    example: '2027-03-31',
  })
  @ValidateIf((_, value) => value !== null)
  @Matches(CALENDAR_DATE, DATE_MESSAGE)
  to!: string | null;
}

/** A measure as a replacement plan names it: an existing one by id, a new one without. */
export class PlanMeasureRequestDto extends NewPlanMeasureRequestDto {
  @ApiPropertyOptional({
    description: 'An existing measure of this goal; leave out for a new one.',
    format: 'uuid',
    example: '3a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  })
  @IsOptional()
  @IsUUID()
  id?: string;
}

/** What every goal says, new or existing. */
abstract class GoalFieldsDto {
  @ApiProperty({
    description: 'The goal in the client’s own words.',
    maxLength: MAX_PLAN_TEXT_LENGTH,
    example: 'Jeg vil ha en jobb å gå til',
  })
  @IsString()
  @MaxLength(MAX_PLAN_TEXT_LENGTH)
  inClientsWords!: string;

  @ApiProperty({ description: 'Where the goal stands.', enum: GOAL_STATUSES, example: 'active' })
  @IsIn(GOAL_STATUSES)
  status!: GoalStatus;
}

/** A goal of a new plan. */
export class NewPlanGoalRequestDto extends GoalFieldsDto {
  @ApiProperty({
    description: 'The measures towards it.',
    type: [NewPlanMeasureRequestDto],
    maxItems: MAX_GOAL_MEASURES,
  })
  @IsArray()
  @ArrayMaxSize(MAX_GOAL_MEASURES)
  @ValidateNested({ each: true })
  @Type(() => NewPlanMeasureRequestDto)
  measures!: NewPlanMeasureRequestDto[];
}

/** A goal as a replacement plan names it: an existing one by id, a new one without. */
export class PlanGoalRequestDto extends GoalFieldsDto {
  @ApiPropertyOptional({
    description: 'An existing goal; leave out for a new one.',
    format: 'uuid',
    example: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
  })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({
    description: 'The measures towards it.',
    type: [PlanMeasureRequestDto],
    maxItems: MAX_GOAL_MEASURES,
  })
  @IsArray()
  @ArrayMaxSize(MAX_GOAL_MEASURES)
  @ValidateNested({ each: true })
  @Type(() => PlanMeasureRequestDto)
  measures!: PlanMeasureRequestDto[];
}

export class PlanConsentDto {
  @ApiProperty({
    description: 'The client consents to the plan (required for an active plan).',
    example: true,
  })
  @IsBoolean()
  given!: boolean;

  @ApiProperty({
    description: 'The Oslo day of the consent; null when not given.',
    type: String,
    nullable: true,
    example: '2026-11-20',
  })
  @ValidateIf((_, value) => value !== null)
  @Matches(CALENDAR_DATE, DATE_MESSAGE)
  on!: string | null;
}

/** What every plan says besides its goals. */
abstract class PlanFieldsDto {
  @ApiProperty({
    description: 'The coordinator: a staff member’s token subject.',
    maxLength: 200,
    example: 'nurse-anne',
  })
  @IsString()
  @MaxLength(200)
  coordinator!: string;

  @ApiProperty({
    description: 'The team that holds the plan (its review list); one of yours, or null.',
    type: String,
    format: 'uuid',
    nullable: true,
    example: null,
  })
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  teamId!: string | null;

  @ApiProperty({ description: 'The client’s consent to the plan.', type: PlanConsentDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => PlanConsentDto)
  clientConsent!: PlanConsentDto;

  @ApiProperty({
    description: 'Where the plan stands; `active` needs the client’s consent.',
    enum: PLAN_STATUSES,
    example: 'active',
  })
  @IsIn(PLAN_STATUSES)
  status!: PlanStatus;

  @ApiProperty({
    description: 'Oslo day by which the plan is reviewed with the client.',
    example: '2027-02-15',
  })
  @Matches(CALENDAR_DATE, DATE_MESSAGE)
  reviewDue!: string;

  protected entryWith(
    goals: readonly (NewPlanGoalRequestDto | PlanGoalRequestDto)[],
  ): IndividualPlanEntry {
    return {
      coordinator: this.coordinator,
      teamId: this.teamId,
      clientConsent: { given: this.clientConsent.given, on: this.clientConsent.on },
      status: this.status,
      reviewDue: this.reviewDue,
      goals: goals.map((goal) => ({
        id: 'id' in goal ? goal.id : undefined,
        inClientsWords: goal.inClientsWords,
        status: goal.status,
        measures: goal.measures.map((measure) => ({
          id: 'id' in measure ? measure.id : undefined,
          description: measure.description,
          responsible: measure.responsible.toResponsible(),
          from: measure.from,
          to: measure.to,
        })),
      })),
    };
  }
}

/** A new plan: every goal and measure is new. */
export class CreateIndividualPlanRequestDto extends PlanFieldsDto {
  @ApiProperty({
    description: 'The goals.',
    type: [NewPlanGoalRequestDto],
    maxItems: MAX_PLAN_GOALS,
  })
  @IsArray()
  @ArrayMaxSize(MAX_PLAN_GOALS)
  @ValidateNested({ each: true })
  @Type(() => NewPlanGoalRequestDto)
  goals!: NewPlanGoalRequestDto[];

  entry(): IndividualPlanEntry {
    return this.entryWith(this.goals);
  }
}

/** The whole plan again (If-Match): existing goals and measures by id, new ones without. */
export class IndividualPlanRequestDto extends PlanFieldsDto {
  @ApiProperty({ description: 'The goals.', type: [PlanGoalRequestDto], maxItems: MAX_PLAN_GOALS })
  @IsArray()
  @ArrayMaxSize(MAX_PLAN_GOALS)
  @ValidateNested({ each: true })
  @Type(() => PlanGoalRequestDto)
  goals!: PlanGoalRequestDto[];

  entry(): IndividualPlanEntry {
    return this.entryWith(this.goals);
  }
}

/** An evaluation of the plan with the client. */
export class EvaluatePlanRequestDto {
  @ApiProperty({ description: 'The Oslo day of the evaluation.', example: '2026-12-15' })
  @Matches(CALENDAR_DATE, DATE_MESSAGE)
  on!: string;

  @ApiProperty({
    description: 'What was found, with the client.',
    maxLength: MAX_PLAN_TEXT_LENGTH,
    example: 'Job trial started; keep weekly meetings.',
  })
  @IsString()
  @MaxLength(MAX_PLAN_TEXT_LENGTH)
  text!: string;

  @ApiPropertyOptional({
    description: 'The next review; default unchanged.',
    example: '2027-03-15',
  })
  @IsOptional()
  @Matches(CALENDAR_DATE, DATE_MESSAGE)
  nextReviewDue?: string;
}
