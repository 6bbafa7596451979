import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  TASK_KINDS,
  TASK_PRIORITIES,
  type TaskKind,
  type TaskPriority,
} from '../../../domain/tasks/follow-up-task';
import { MAX_TASK_TEXT } from '../../../domain/tasks/task-rules';
import { TaskAssigneeRequestDto } from './task-assignee.dto';

/** A task made by hand about a client in the caller's care. */
export class CreateTaskRequestDto {
  @ApiProperty({ description: 'What to do.', enum: TASK_KINDS, example: 'home-visit' })
  @IsIn(TASK_KINDS)
  kind!: TaskKind;

  @ApiProperty({
    description: 'The client (clients library) it is about; needs a care relation.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsUUID()
  clientId!: string;

  @ApiPropertyOptional({
    description: 'The service it concerns.',
    format: 'uuid',
    example: '3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b',
  })
  @IsOptional()
  @IsUUID()
  serviceId?: string;

  @ApiProperty({
    description: 'What the assignee is asked to do.',
    maxLength: MAX_TASK_TEXT,
    example: 'Hjemmebesøk: klienten har ikke telefon.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_TASK_TEXT)
  description!: string;

  @ApiProperty({ description: 'FHIR Task priority.', enum: TASK_PRIORITIES, example: 'urgent' })
  @IsIn(TASK_PRIORITIES)
  priority!: TaskPriority;

  @ApiProperty({
    description: 'Oslo calendar day it is due: today or later.',
    format: 'date',
    example: '2030-01-15',
  })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'due must be a date YYYY-MM-DD' })
  due!: string;

  @ApiPropertyOptional({
    description: 'Who is to do it; default: the caller.',
    type: TaskAssigneeRequestDto,
    example: { kind: 'staff', subject: 'nurse-anne' },
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => TaskAssigneeRequestDto)
  assignee?: TaskAssigneeRequestDto;
}

export class CompleteTaskRequestDto {
  @ApiProperty({
    description: 'What came of it.',
    maxLength: MAX_TASK_TEXT,
    example: 'Nådd på telefon; har medisiner for en uke.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_TASK_TEXT)
  outcome!: string;
}

export class CancelTaskRequestDto {
  @ApiProperty({
    description: 'Why the task is no longer needed; kept as its outcome.',
    maxLength: MAX_TASK_TEXT,
    example: 'Klienten er innlagt på sykehus.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_TASK_TEXT)
  reason!: string;
}

export class ReassignTaskRequestDto {
  @ApiProperty({
    description: 'Who is to do it now.',
    type: TaskAssigneeRequestDto,
    example: { kind: 'team', teamId: '7f3c1b2a-4d5e-4f60-8a7b-9c0d1e2f3a4b' },
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => TaskAssigneeRequestDto)
  assignee!: TaskAssigneeRequestDto;
}
