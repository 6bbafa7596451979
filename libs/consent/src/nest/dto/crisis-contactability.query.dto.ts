import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '@lavterskel/kernel/nest';
import type { ContactabilityFilter } from '../../domain/crisis-contactability-report.use-case';

export class CrisisContactabilityQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ['lacking', 'contactable'],
    description:
      '`lacking`: the work list of clients no one may contact in a crisis; `contactable`: the others. Leave out: all.',
    example: 'lacking',
  })
  @IsOptional()
  @IsIn(['lacking', 'contactable'])
  only?: ContactabilityFilter;
}
