import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '@lavterskel/kernel/nest';

export class ListGroupsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Only this service’s groups.',
    format: 'uuid',
    example: '3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b',
  })
  @IsOptional()
  @IsUUID()
  serviceId?: string;
}
