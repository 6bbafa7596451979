import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
  IsDefined,
} from 'class-validator';
import type {
  CrisisLevel,
  CrisisPlanContent,
  EligibilityRule,
  RuleTarget,
  ServiceRule,
  StaffingMinimum,
} from '../../domain/plan/crisis-plan';
import { MAX_LEVELS, MAX_RULES_PER_LEVEL } from '../../domain/plan/plan-violations';
import {
  CONTACT_CHANNELS,
  DISPENSING_CHANNELS,
  SERVICE_CATEGORIES,
  SERVICE_MODES,
  VULNERABILITY_FLAGS,
  type ContactChannel,
  type DispensingChannel,
  type ServiceCategory,
  type ServiceMode,
  type VulnerabilityFlag,
} from '../../domain/shared/vocabulary';

const TARGET_KINDS = ['service', 'category', 'all'] as const;
const ELIGIBILITY_KINDS = ['health-measure-requesters', 'group-residents-only'] as const;
const EXAMPLE_SERVICE = '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81';

export class RuleTargetDto {
  @ApiProperty({
    description: 'One service, every service of a category, or all services.',
    enum: TARGET_KINDS,
    example: 'service',
  })
  @IsIn(TARGET_KINDS)
  kind!: RuleTarget['kind'];

  @ApiPropertyOptional({
    description: 'With kind `service`: the service.',
    format: 'uuid',
    example: EXAMPLE_SERVICE,
  })
  @IsOptional()
  @IsUUID()
  serviceId?: string;

  @ApiPropertyOptional({
    description: 'With kind `category`: the category.',
    enum: SERVICE_CATEGORIES,
    example: 'activity',
  })
  @IsOptional()
  @IsIn(SERVICE_CATEGORIES)
  category?: ServiceCategory;

  static from(target: RuleTarget): RuleTargetDto {
    return Object.assign(new RuleTargetDto(), target);
  }

  toDomain(): RuleTarget {
    switch (this.kind) {
      case 'service':
        return { kind: 'service', serviceId: this.serviceId ?? '' };
      case 'category':
        return { kind: 'category', category: this.category ?? ('' as ServiceCategory) };
      default:
        return { kind: 'all' };
    }
  }
}

export class EligibilityRuleDto {
  @ApiProperty({
    description:
      '`health-measure-requesters`: the measure is done only when one of the requesters asks; `group-residents-only`: the groups take only residents of the housing service.',
    enum: ELIGIBILITY_KINDS,
    example: 'health-measure-requesters',
  })
  @IsIn(ELIGIBILITY_KINDS)
  kind!: EligibilityRule['kind'];

  @ApiPropertyOptional({
    description: 'With `health-measure-requesters`: the measure code.',
    example: 'urine-test',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  measure?: string;

  @ApiPropertyOptional({
    description: 'With `health-measure-requesters`: who may ask for it.',
    type: [String],
    example: ['child-welfare', 'ung-pluss', 'driving-licence'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  requesters?: string[];

  @ApiPropertyOptional({
    description: 'With `group-residents-only`: the housing service.',
    format: 'uuid',
    example: EXAMPLE_SERVICE,
  })
  @IsOptional()
  @IsUUID()
  residenceServiceId?: string;

  static from(rule: EligibilityRule): EligibilityRuleDto {
    return Object.assign(new EligibilityRuleDto(), rule);
  }

  toDomain(): EligibilityRule {
    return this.kind === 'group-residents-only'
      ? { kind: this.kind, residenceServiceId: this.residenceServiceId ?? '' }
      : {
          kind: 'health-measure-requesters',
          measure: this.measure ?? '',
          requesters: this.requesters ?? [],
        };
  }
}

export class ServiceRuleDto {
  @ApiProperty({
    type: RuleTargetDto,
    description:
      'Which services the rule is for; a service’s own rule wins over its category’s, which wins over `all`.',
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => RuleTargetDto)
  target!: RuleTargetDto;

  @ApiProperty({
    enum: SERVICE_MODES,
    description: 'The mode the services run in at this level.',
    example: 'reduced',
  })
  @IsIn(SERVICE_MODES)
  mode!: ServiceMode;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    description: 'Groups re-cohorted to at most this many members; null: no limit.',
    example: 5,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  maxGroupSize?: number | null;

  @ApiPropertyOptional({
    description: 'No group activity (joins refused) except by individual exception.',
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  groupsClosed?: boolean;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    description: 'Fixed batches (time slots) a day.',
    example: 2,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  batchesPerDay?: number | null;

  @ApiPropertyOptional({
    type: [String],
    enum: CONTACT_CHANNELS,
    nullable: true,
    description: 'Channels staff may meet clients on; null: every channel.',
    example: ['phone', 'video', 'walk-and-talk'],
  })
  @IsOptional()
  @IsArray()
  @IsIn(CONTACT_CHANNELS, { each: true })
  allowedChannels?: ContactChannel[] | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    description: 'Persons in the premises at once; null: no limit.',
    example: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  maxPersonsInPremises?: number | null;

  @ApiPropertyOptional({
    description: 'In-person meetings only where essential: each needs an individual exception.',
    example: true,
  })
  @IsOptional()
  @IsBoolean()
  inPersonOnlyWhereEssential?: boolean;

  @ApiPropertyOptional({
    type: [String],
    enum: DISPENSING_CHANNELS,
    nullable: true,
    description: 'LAR dispensing channels allowed; null: every channel.',
    example: ['hatch'],
  })
  @IsOptional()
  @IsArray()
  @IsIn(DISPENSING_CHANNELS, { each: true })
  dispensingChannels?: DispensingChannel[] | null;

  @ApiPropertyOptional({ type: [EligibilityRuleDto], description: 'Who remains eligible.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EligibilityRuleDto)
  eligibility?: EligibilityRuleDto[];

  @ApiPropertyOptional({ description: 'The services’ clients are reached first.', example: false })
  @IsOptional()
  @IsBoolean()
  prioritised?: boolean;

  @ApiProperty({
    description: 'What the rule means, in the service’s words.',
    example: 'Kun én inn i lokalet av gangen; utlevering gjennom luke.',
  })
  @IsString()
  @MaxLength(2000)
  note!: string;

  static from(rule: ServiceRule): ServiceRuleDto {
    return Object.assign(new ServiceRuleDto(), {
      ...rule,
      target: RuleTargetDto.from(rule.target),
      eligibility: rule.eligibility.map(EligibilityRuleDto.from),
    });
  }

  toDomain(): ServiceRule {
    return {
      target: this.target.toDomain(),
      mode: this.mode,
      maxGroupSize: this.maxGroupSize ?? null,
      groupsClosed: this.groupsClosed ?? false,
      batchesPerDay: this.batchesPerDay ?? null,
      allowedChannels: this.allowedChannels ?? null,
      maxPersonsInPremises: this.maxPersonsInPremises ?? null,
      inPersonOnlyWhereEssential: this.inPersonOnlyWhereEssential ?? false,
      dispensingChannels: this.dispensingChannels ?? null,
      eligibility: (this.eligibility ?? []).map((rule) => rule.toDomain()),
      prioritised: this.prioritised ?? false,
      note: this.note,
    };
  }
}

export class StaffingMinimumDto {
  @ApiProperty({ format: 'uuid', description: 'A critical service.', example: EXAMPLE_SERVICE })
  @IsUUID()
  serviceId!: string;

  @ApiProperty({ description: 'The competency needed.', example: 'lar-dispensing' })
  @IsString()
  @MaxLength(64)
  competency!: string;

  @ApiProperty({ minimum: 1, description: 'Trained, available staff needed each day.', example: 2 })
  @IsInt()
  @Min(1)
  minimum!: number;

  static from(minimum: StaffingMinimum): StaffingMinimumDto {
    return Object.assign(new StaffingMinimumDto(), minimum);
  }
}

export class CrisisLevelDto {
  @ApiProperty({
    description: 'Lower-case words joined by hyphens; the first level is `normal`.',
    example: 'red',
  })
  @IsString()
  @MaxLength(40)
  code!: string;

  @ApiProperty({ example: 'Rød: pandemitiltak' })
  @IsString()
  @MaxLength(200)
  name!: string;

  @ApiProperty({
    example: 'Små faste grupper, telefon først, kritiske tjenester fysisk til stede.',
  })
  @IsString()
  @MaxLength(2000)
  description!: string;

  @ApiProperty({ type: [ServiceRuleDto], description: 'Rules per service, category or all.' })
  @IsArray()
  @ArrayMaxSize(MAX_RULES_PER_LEVEL)
  @ValidateNested({ each: true })
  @Type(() => ServiceRuleDto)
  rules!: ServiceRuleDto[];

  @ApiProperty({
    type: [String],
    enum: VULNERABILITY_FLAGS,
    description: 'Clients with any of these flags are reached first.',
    example: ['overdose-history', 'no-phone'],
  })
  @IsArray()
  @IsIn(VULNERABILITY_FLAGS, { each: true })
  priorityFlags!: VulnerabilityFlag[];

  @ApiProperty({
    type: [StaffingMinimumDto],
    description: 'Minimum staffing of critical services.',
  })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => StaffingMinimumDto)
  staffing!: StaffingMinimumDto[];

  static from(level: CrisisLevel): CrisisLevelDto {
    return Object.assign(new CrisisLevelDto(), {
      ...level,
      rules: level.rules.map(ServiceRuleDto.from),
      staffing: level.staffing.map(StaffingMinimumDto.from),
    });
  }

  toDomain(): CrisisLevel {
    return {
      code: this.code,
      name: this.name,
      description: this.description,
      rules: this.rules.map((rule) => rule.toDomain()),
      priorityFlags: this.priorityFlags,
      staffing: this.staffing.map(({ serviceId, competency, minimum }) => ({
        serviceId,
        competency,
        minimum,
      })),
    };
  }
}

export class MunicipalCrisisPlanRequestDto {
  @ApiProperty({ example: 'Pandemiplan 2027' })
  @IsString()
  @MaxLength(200)
  name!: string;

  @ApiProperty({
    type: [CrisisLevelDto],
    description: 'The levels, `normal` first (with no rules).',
    example: [
      {
        code: 'normal',
        name: 'Normal drift',
        description: 'Ingen krise.',
        rules: [],
        priorityFlags: [],
        staffing: [],
      },
      {
        code: 'red',
        name: 'Rød',
        description: 'Små grupper, telefon først.',
        rules: [
          {
            target: { kind: 'category', category: 'activity' },
            mode: 'outdoor-only',
            maxGroupSize: 5,
            note: 'Grupper ute, inntil 5.',
          },
          {
            target: { kind: 'all' },
            mode: 'reduced',
            allowedChannels: ['phone', 'video', 'home-visit', 'walk-and-talk'],
            note: 'Ingen timeavtaler i lokalene.',
          },
        ],
        priorityFlags: ['overdose-history', 'pregnancy', 'no-phone'],
        staffing: [],
      },
    ],
  })
  @IsArray()
  @ArrayMaxSize(MAX_LEVELS)
  @ValidateNested({ each: true })
  @Type(() => CrisisLevelDto)
  levels!: CrisisLevelDto[];

  toDomain(): CrisisPlanContent {
    return { name: this.name, levels: this.levels.map((level) => level.toDomain()) };
  }
}
