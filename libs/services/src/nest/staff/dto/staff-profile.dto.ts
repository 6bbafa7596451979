import { ApiProperty } from '@nestjs/swagger';
import type { StaffProfile } from '../../../domain/staff/staff-member';
import { AvailabilityPeriodDto } from './availability.dto';
import { CompetencyDto } from './competency.dto';
import { StaffMemberDto } from './staff-member.dto';
import { TeamMembershipDto } from './team-membership.dto';

export class StaffProfileDto extends StaffMemberDto {
  @ApiProperty({ description: 'Team memberships, earliest first.', type: [TeamMembershipDto] })
  memberships!: TeamMembershipDto[];

  @ApiProperty({
    description: 'Certifications, earliest first (renewals are new entries).',
    type: [CompetencyDto],
  })
  competencies!: CompetencyDto[];

  @ApiProperty({
    description: 'Availability periods, earliest first.',
    type: [AvailabilityPeriodDto],
  })
  availability!: AvailabilityPeriodDto[];

  static fromProfile(profile: StaffProfile): StaffProfileDto {
    return {
      ...StaffMemberDto.from(profile.member),
      memberships: profile.memberships.map(TeamMembershipDto.from),
      competencies: profile.competencies.map(CompetencyDto.from),
      availability: profile.availability.map(AvailabilityPeriodDto.from),
    };
  }
}
