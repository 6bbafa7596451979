import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '@lavterskel/kernel/nest';
import {
  TASK_KINDS,
  TASK_PRIORITIES,
  TASK_STATUSES,
  type TaskKind,
  type TaskPriority,
  type TaskStatus,
} from '../../../domain/tasks/follow-up-task';

export class ListMyTasksQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Only this kind.',
    enum: TASK_KINDS,
    example: 'phone-follow-up',
  })
  @IsOptional()
  @IsIn(TASK_KINDS)
  kind?: TaskKind;

  @ApiPropertyOptional({
    description: 'Only this priority.',
    enum: TASK_PRIORITIES,
    example: 'asap',
  })
  @IsOptional()
  @IsIn(TASK_PRIORITIES)
  priority?: TaskPriority;

  @ApiPropertyOptional({
    description: 'Only this status; my tasks default to `open`, other lists to any status.',
    enum: TASK_STATUSES,
    example: 'open',
  })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;
}

export class ListTasksQueryDto extends ListMyTasksQueryDto {
  @ApiPropertyOptional({
    description: 'Only tasks about this client.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsOptional()
  @IsUUID()
  clientId?: string;

  @ApiPropertyOptional({
    description: 'Only tasks created by this crisis level change.',
    format: 'uuid',
    example: '0b6f5c3e-1d2a-4b3c-8d4e-5f6a7b8c9d0e',
  })
  @IsOptional()
  @IsUUID()
  levelChangeId?: string;

  @ApiPropertyOptional({
    description:
      'A team’s tasks (a team lead: their own teams only; a crisis coordinator: any team).',
    format: 'uuid',
    example: '7f3c1b2a-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  })
  @IsOptional()
  @IsUUID()
  teamId?: string;
}
