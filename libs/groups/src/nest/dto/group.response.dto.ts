import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import { LOCATION_KINDS, type Group, type LocationKind } from '../../domain/group';
import type { GroupOverview } from '../../domain/group-overview';
import { CohortDto } from './cohort.response.dto';
import { ScheduleSlotDto } from './time-slot.dto';

export class GroupDto {
  @ApiProperty({
    description: 'Group id.',
    format: 'uuid',
    example: '8d1f0c7a-3b2e-4f5a-9c6d-1e2f3a4b5c6d',
  })
  id!: string;

  @ApiProperty({
    description: 'The owning service.',
    format: 'uuid',
    example: '3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b',
  })
  serviceId!: string;

  @ApiProperty({ description: 'Name.', example: 'Walk and talk' })
  name!: string;

  @ApiProperty({ description: 'Where it meets.', enum: LOCATION_KINDS, example: 'outdoor' })
  locationKind!: LocationKind;

  @ApiProperty({ description: 'Active members at most.', example: 20 })
  capacity!: number;

  @ApiProperty({ description: 'Weekly time slots.', type: [ScheduleSlotDto] })
  schedule!: ScheduleSlotDto[];

  @ApiProperty({
    description: 'The cohort arrangement in force (e.g. crisis cohort size), or null.',
    type: String,
    format: 'uuid',
    nullable: true,
    example: null,
  })
  activeArrangementId!: string | null;

  @ApiProperty({
    description: 'Record version; also the ETag. Send it as If-Match to change the group.',
    example: 1,
  })
  version!: number;

  @ApiProperty({ description: 'When it was created.', example: '2026-11-23T08:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ description: 'When it last changed.', example: '2026-11-23T08:00:00.000Z' })
  updatedAt!: string;

  static from(group: Group): GroupDto {
    return {
      id: group.id,
      serviceId: group.serviceId,
      name: group.name,
      locationKind: group.locationKind,
      capacity: group.capacity,
      schedule: group.schedule.map(ScheduleSlotDto.from),
      activeArrangementId: group.activeArrangementId,
      version: group.version,
      createdAt: group.createdAt.toISOString(),
      updatedAt: group.updatedAt.toISOString(),
    };
  }
}

/** A group with its meeting cohorts and head counts (no client ids). */
export class GroupDetailsDto extends GroupDto {
  @ApiProperty({ description: 'Cohorts that meet, by slot.', type: [CohortDto] })
  cohorts!: CohortDto[];

  @ApiProperty({ description: 'Members seated in a cohort.', example: 12 })
  activeMembers!: number;

  @ApiProperty({ description: 'Members waiting for a seat.', example: 2 })
  waitlisted!: number;

  static fromOverview(overview: GroupOverview): GroupDetailsDto {
    return {
      ...GroupDto.from(overview.group),
      cohorts: overview.cohorts.map(CohortDto.from),
      activeMembers: overview.activeMembers,
      waitlisted: overview.waitlisted,
    };
  }
}

export class GroupPageDto extends PageOf(GroupDto) {}
