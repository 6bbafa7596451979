import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '@lavterskel/kernel/nest';
import {
  SERVICE_CATEGORIES,
  SERVICE_MODES,
  type ServiceCategory,
  type ServiceMode,
} from '../../../domain/catalogue/service';

export class ListServicesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Only services of this step in the chain.',
    enum: SERVICE_CATEGORIES,
    example: 'low-threshold',
  })
  @IsOptional()
  @IsIn(SERVICE_CATEGORIES)
  category?: ServiceCategory;

  @ApiPropertyOptional({
    description: 'Only critical (true) or non-critical (false) services.',
    example: true,
    type: Boolean,
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  critical?: boolean;

  @ApiPropertyOptional({
    description: 'Only services run by this team.',
    format: 'uuid',
    example: '2b0c7e4a-5d1f-4c3b-9a8e-1f2d3c4b5a69',
  })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @ApiPropertyOptional({
    description: 'Only services in this mode.',
    enum: SERVICE_MODES,
    example: 'closed',
  })
  @IsOptional()
  @IsIn(SERVICE_MODES)
  mode?: ServiceMode;
}
