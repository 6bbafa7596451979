import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PageOf } from '@lavterskel/kernel/nest';
import type { Team } from '../../../domain/catalogue/team';

export class CreateTeamRequestDto {
  @ApiProperty({ description: 'Name, unique in the municipality.', example: 'Lavterskel/LAR' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;
}

export class TeamDto {
  @ApiProperty({
    description: 'Team id: what access tokens carry in `teams`.',
    format: 'uuid',
    example: '2b0c7e4a-5d1f-4c3b-9a8e-1f2d3c4b5a69',
  })
  id!: string;

  @ApiProperty({ description: 'Name.', example: 'Lavterskel/LAR' })
  name!: string;

  @ApiProperty({ description: 'When it was added.', example: '2026-11-01T08:00:00.000Z' })
  createdAt!: string;

  static from(team: Team): TeamDto {
    return { id: team.id, name: team.name, createdAt: team.createdAt.toISOString() };
  }
}

export class TeamPageDto extends PageOf(TeamDto) {}
