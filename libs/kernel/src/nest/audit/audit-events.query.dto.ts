import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../pagination/page-query.dto';

export class AuditEventsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only accesses to this client’s data.', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  clientId?: string;

  @ApiPropertyOptional({ description: 'Only accesses by this subject.', example: 'nurse-anne' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actorSubject?: string;
}
