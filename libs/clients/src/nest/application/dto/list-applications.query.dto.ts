import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '@lavterskel/kernel/nest';
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
} from '../../../domain/application/application';

export class ListApplicationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Only applications with this status.',
    enum: APPLICATION_STATUSES,
    example: 'received',
  })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;

  @ApiPropertyOptional({
    description: 'Only urgent (true) or only non-urgent (false) applications.',
    example: true,
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  urgent?: boolean;
}
