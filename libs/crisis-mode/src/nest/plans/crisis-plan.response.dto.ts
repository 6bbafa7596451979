import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import type { CrisisPlan } from '../../domain/plan/crisis-plan';
import { CrisisLevelDto } from './crisis-plan.dto';

export class MunicipalCrisisPlanDto {
  @ApiProperty({ format: 'uuid', example: '6b1f0a3e-8c2d-4e5f-9a7b-0c1d2e3f4a5b' })
  id!: string;

  @ApiProperty({
    description: 'Editing makes a new version; a level in force keeps its version.',
    example: 1,
  })
  version!: number;

  @ApiProperty({ example: 'Pandemiplan 2027' })
  name!: string;

  @ApiProperty({ type: [CrisisLevelDto] })
  levels!: CrisisLevelDto[];

  @ApiProperty({ description: 'Who made this version.', example: 'coordinator-1' })
  createdBy!: string;

  @ApiProperty({ format: 'date-time', example: '2027-03-12T09:00:00.000Z' })
  createdAt!: string;

  static from(plan: CrisisPlan): MunicipalCrisisPlanDto {
    return Object.assign(new MunicipalCrisisPlanDto(), {
      id: plan.id,
      version: plan.version,
      name: plan.name,
      levels: plan.levels.map(CrisisLevelDto.from),
      createdBy: plan.createdBy,
      createdAt: plan.createdAt.toISOString(),
    });
  }
}

export class MunicipalCrisisPlanPageDto extends PageOf(MunicipalCrisisPlanDto) {}
