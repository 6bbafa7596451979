import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import type { TeamMembership } from '../../../domain/staff/staff-member';
import { IsCalendarDate } from '../../shared/validators';

export class JoinTeamRequestDto {
  @ApiProperty({
    description: 'The team to join.',
    format: 'uuid',
    example: '2b0c7e4a-5d1f-4c3b-9a8e-1f2d3c4b5a69',
  })
  @IsUUID()
  teamId!: string;

  @ApiPropertyOptional({
    description: 'First day in the team; default today (Oslo).',
    example: '2026-11-01',
  })
  @IsOptional()
  @IsCalendarDate()
  joinedOn?: string;
}

export class LeaveTeamRequestDto {
  @ApiPropertyOptional({
    description: 'Last day in the team; default today (Oslo).',
    example: '2026-12-31',
  })
  @IsOptional()
  @IsCalendarDate()
  leftOn?: string;
}

export class TeamMembershipDto {
  @ApiProperty({
    description: 'Membership id.',
    format: 'uuid',
    example: '9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4',
  })
  id!: string;

  @ApiProperty({
    description: 'The team.',
    format: 'uuid',
    example: '2b0c7e4a-5d1f-4c3b-9a8e-1f2d3c4b5a69',
  })
  teamId!: string;

  @ApiProperty({
    description: 'The staff member.',
    format: 'uuid',
    example: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
  })
  staffId!: string;

  @ApiProperty({ description: 'First day in the team.', example: '2026-11-01' })
  joinedOn!: string;

  @ApiProperty({
    description: 'Last day in the team; null while a member.',
    example: null,
    nullable: true,
    type: String,
  })
  leftOn!: string | null;

  static from(membership: TeamMembership): TeamMembershipDto {
    const { id, teamId, staffId, joinedOn, leftOn } = membership;
    return { id, teamId, staffId, joinedOn, leftOn };
  }
}
