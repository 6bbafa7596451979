import { ApiProperty } from '@nestjs/swagger';
import type { CohortSizeApplied } from '../../domain/apply-cohort-size.use-case';
import type { UnplacedMember } from '../../domain/rearrange-roster';
import type { ArrangementRestored } from '../../domain/restore-arrangement.use-case';
import { TimeSlotDto } from './time-slot.dto';

export class UnplacedMemberDto {
  @ApiProperty({
    description: 'The membership, now on the waitlist.',
    format: 'uuid',
    example: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  })
  membershipId!: string;

  @ApiProperty({
    description: 'The client to follow up.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  clientId!: string;

  @ApiProperty({
    description: 'The group.',
    format: 'uuid',
    example: '8d1f0c7a-3b2e-4f5a-9c6d-1e2f3a4b5c6d',
  })
  groupId!: string;

  @ApiProperty({
    description: 'The cohort they had.',
    format: 'uuid',
    example: '5b0e2f4a-6c1d-4e3f-8a9b-0c1d2e3f4a5b',
  })
  previousCohortId!: string;

  @ApiProperty({
    description: 'The slot they prefer.',
    type: TimeSlotDto,
    nullable: true,
    example: null,
  })
  preferredSlot!: TimeSlotDto | null;

  static from(member: UnplacedMember): UnplacedMemberDto {
    return {
      membershipId: member.membershipId,
      clientId: member.clientId,
      groupId: member.groupId,
      previousCohortId: member.previousCohortId,
      preferredSlot: member.preferredSlot ? TimeSlotDto.from(member.preferredSlot) : null,
    };
  }
}

export class CohortSizeAppliedDto {
  @ApiProperty({
    description: 'The arrangement.',
    format: 'uuid',
    example: '0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a',
  })
  arrangementId!: string;

  @ApiProperty({
    description: 'Your reference; restore with it.',
    example: 'crisis-activation-2026-11-23',
  })
  reference!: string;

  @ApiProperty({ description: 'The cohort size applied.', example: 5 })
  maxSize!: number;

  @ApiProperty({ description: 'When it was applied.', example: '2026-11-23T08:00:00.000Z' })
  appliedAt!: string;

  @ApiProperty({ description: 'Groups covered.', example: 14 })
  groups!: number;

  @ApiProperty({ description: 'Cohorts whose size limit went down to N.', example: 9 })
  cohortsResized!: number;

  @ApiProperty({ description: 'Cohorts opened in free slots.', example: 6 })
  cohortsOpened!: number;

  @ApiProperty({ description: 'Cohorts that stopped meeting.', example: 0 })
  cohortsDissolved!: number;

  @ApiProperty({ description: 'Members seated in another cohort.', example: 23 })
  membersMoved!: number;

  @ApiProperty({
    description:
      'Members no cohort could take: waitlisted, to be followed up (never dropped silently).',
    type: [UnplacedMemberDto],
  })
  unplaced!: UnplacedMemberDto[];

  static from(result: CohortSizeApplied): CohortSizeAppliedDto {
    return {
      arrangementId: result.arrangement.id,
      reference: result.arrangement.reference,
      maxSize: result.arrangement.maxSize,
      appliedAt: result.arrangement.appliedAt.toISOString(),
      groups: result.groups,
      cohortsResized: result.cohortsResized,
      cohortsOpened: result.cohortsOpened,
      cohortsDissolved: result.cohortsDissolved,
      membersMoved: result.membersMoved,
      unplaced: result.unplaced.map(UnplacedMemberDto.from),
    };
  }
}

export class WaitlistedMemberDto {
  @ApiProperty({
    description: 'The membership.',
    format: 'uuid',
    example: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  })
  membershipId!: string;

  @ApiProperty({
    description: 'The client to follow up.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  clientId!: string;

  @ApiProperty({
    description: 'The group.',
    format: 'uuid',
    example: '8d1f0c7a-3b2e-4f5a-9c6d-1e2f3a4b5c6d',
  })
  groupId!: string;
}

export class ArrangementRestoredDto {
  @ApiProperty({
    description: 'The arrangement.',
    format: 'uuid',
    example: '0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a',
  })
  arrangementId!: string;

  @ApiProperty({ description: 'Its reference.', example: 'crisis-activation-2026-11-23' })
  reference!: string;

  @ApiProperty({ description: 'When it was restored.', example: '2026-12-14T08:00:00.000Z' })
  restoredAt!: string;

  @ApiProperty({ description: 'Groups restored.', example: 14 })
  groups!: number;

  @ApiProperty({ description: 'Members back in the cohort they had before.', example: 27 })
  membersReturned!: number;

  @ApiProperty({
    description: 'Members who joined meanwhile, moved from a closing cohort to a remaining one.',
    example: 1,
  })
  membersReseated!: number;

  @ApiProperty({ description: 'Cohorts the arrangement had opened, now closed.', example: 6 })
  cohortsClosed!: number;

  @ApiProperty({
    description: 'Members who joined meanwhile and found no seat: waitlisted, to be followed up.',
    type: [WaitlistedMemberDto],
  })
  waitlisted!: WaitlistedMemberDto[];

  static from(result: ArrangementRestored): ArrangementRestoredDto {
    return {
      arrangementId: result.arrangement.id,
      reference: result.arrangement.reference,
      restoredAt: result.restoredAt.toISOString(),
      groups: result.groups,
      membersReturned: result.membersReturned,
      membersReseated: result.membersReseated,
      cohortsClosed: result.cohortsClosed,
      waitlisted: result.waitlisted.map((member) => ({
        membershipId: member.id,
        clientId: member.clientId,
        groupId: member.groupId,
      })),
    };
  }
}
