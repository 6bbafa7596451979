import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import type { ConsentedContact } from '../../../domain/other-libraries';
import type {
  PriorityEntry,
  PriorityList,
} from '../../../domain/priority/get-priority-list.use-case';
import { PRIORITY_TIERS, type PriorityTier } from '../../../domain/priority/priority-order';
import {
  NO_PATH_REASONS,
  REACH_PATH_KINDS,
  type NoPathReason,
  type ReachPath,
  type ReachPathKind,
} from '../../../domain/priority/reach-path';
import { VULNERABILITY_FLAGS, type VulnerabilityFlag } from '../../../domain/shared/vocabulary';
import { ReportBasisDto } from './report-basis.dto';

export class ConsentedContactDto {
  @ApiProperty({
    description: 'A partner organisation, a role (service) or a named person.',
    enum: ['organisation', 'role', 'person'],
    example: 'organisation',
  })
  kind!: ConsentedContact['kind'];

  @ApiProperty({ description: 'Who, in words.', example: 'Kirkens Bymisjon Skien' })
  description!: string;

  @ApiProperty({
    description: 'The consent that lets them contact the client in a crisis.',
    format: 'uuid',
    example: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  })
  consentId!: string;

  static from(contact: ConsentedContact): ConsentedContactDto {
    const { kind, description, consentId } = contact;
    return { kind, description, consentId };
  }
}

export class ReachPathDto {
  @ApiProperty({
    description:
      'The first way to try: `phone`; `visit` (no phone: a home visit); `via` a partner or trusted person who holds consent; `no-path` when none exists.',
    enum: REACH_PATH_KINDS,
    example: 'visit',
  })
  kind!: ReachPathKind;

  @ApiProperty({
    type: [ConsentedContactDto],
    description: 'Everyone whose consent lets them contact the client in a crisis (CO-4).',
  })
  via!: ConsentedContactDto[];

  @ApiProperty({ description: 'A visit needs two staff (violence risk).', example: false })
  twoStaffRequired!: boolean;

  @ApiProperty({
    description: 'Why there is no path (`no-path` only; empty otherwise).',
    enum: NO_PATH_REASONS,
    isArray: true,
    example: [],
  })
  noPathReasons!: NoPathReason[];

  @ApiProperty({
    description: 'The reasons in words; null unless `no-path`.',
    type: String,
    nullable: true,
    example: null,
  })
  reason!: string | null;

  static from(path: ReachPath): ReachPathDto {
    return {
      kind: path.kind,
      via: path.via.map(ConsentedContactDto.from),
      twoStaffRequired: path.twoStaffRequired,
      noPathReasons: [...path.noPathReasons],
      reason: path.reason,
    };
  }
}

/** One client of the priority list (CR-4). */
export class PriorityEntryDto {
  @ApiProperty({ description: 'Position in the whole list, from 1.', example: 1 })
  rank!: number;

  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  clientId!: string;

  @ApiProperty({
    description:
      "Why the client is where they are: the level's priority flags (without a crisis: any flag), a prioritised service, LAR, or the rest.",
    enum: PRIORITY_TIERS,
    example: 'priority-flags',
  })
  tier!: PriorityTier;

  @ApiProperty({
    description: "The client's flags that the level names as priority flags.",
    enum: VULNERABILITY_FLAGS,
    isArray: true,
    example: ['no-phone', 'overdose-history'],
  })
  matchedFlags!: VulnerabilityFlag[];

  @ApiProperty({
    description: 'All the client’s vulnerability flags (CL-10).',
    enum: VULNERABILITY_FLAGS,
    isArray: true,
    example: ['no-phone', 'overdose-history'],
  })
  vulnerabilityFlags!: VulnerabilityFlag[];

  @ApiProperty({
    description: 'Services the client is actively enrolled in today.',
    type: [String],
    example: ['8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81'],
  })
  serviceIds!: string[];

  @ApiProperty({ description: 'How the client can be reached.', type: ReachPathDto })
  reach!: ReachPathDto;

  @ApiProperty({ description: 'The primary contact (staff subject).', example: 'nurse-anne' })
  primaryContact!: string;

  @ApiProperty({
    description: 'The back-up contact (staff subject).',
    type: String,
    nullable: true,
    example: null,
  })
  backupContact!: string | null;

  @ApiProperty({
    description: 'Preferred language (BCP 47), when not Norwegian.',
    type: String,
    nullable: true,
    example: null,
  })
  preferredLanguage!: string | null;

  @ApiProperty({ description: 'An interpreter is needed.', example: false })
  interpreterNeeded!: boolean;

  static from(entry: PriorityEntry): PriorityEntryDto {
    return {
      rank: entry.rank,
      clientId: entry.clientId,
      tier: entry.tier,
      matchedFlags: [...entry.matchedFlags],
      vulnerabilityFlags: [...entry.vulnerabilityFlags],
      serviceIds: [...entry.serviceIds],
      reach: ReachPathDto.from(entry.reach),
      primaryContact: entry.primaryContact,
      backupContact: entry.backupContact,
      preferredLanguage: entry.preferredLanguage,
      interpreterNeeded: entry.interpreterNeeded,
    };
  }
}

/** Clients per tier, the tiers in camelCase. */
export class TierCountsDto {
  @ApiProperty({ description: "Clients with one of the level's priority flags.", example: 12 })
  priorityFlags!: number;

  @ApiProperty({ description: 'Clients of a prioritised service (e.g. UNG pluss).', example: 4 })
  prioritisedService!: number;

  @ApiProperty({ description: 'LAR clients.', example: 30 })
  lar!: number;

  @ApiProperty({ description: 'Everyone else with an active enrolment.', example: 210 })
  other!: number;
}

export class PriorityListPageDto extends PageOf(PriorityEntryDto) {
  @ApiProperty({ description: 'The level the list was ordered for.', type: ReportBasisDto })
  basis!: ReportBasisDto;

  @ApiProperty({
    description: 'The Oslo day whose active enrolments it lists.',
    example: '2026-11-23',
  })
  on!: string;

  @ApiProperty({ description: 'Clients on the whole list.', example: 256 })
  total!: number;

  @ApiProperty({ description: 'Clients on the whole list per tier.', type: TierCountsDto })
  tierCounts!: TierCountsDto;

  static from(list: PriorityList): PriorityListPageDto {
    return {
      items: list.items.map(PriorityEntryDto.from),
      nextCursor: list.nextCursor,
      basis: ReportBasisDto.from(list.basis),
      on: list.on,
      total: list.total,
      tierCounts: {
        priorityFlags: list.tierCounts['priority-flags'],
        prioritisedService: list.tierCounts['prioritised-service'],
        lar: list.tierCounts.lar,
        other: list.tierCounts.other,
      },
    };
  }
}
