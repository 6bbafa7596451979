import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import {
  TASK_KINDS,
  TASK_PRIORITIES,
  TASK_STATUSES,
  type FollowUpTask,
  type TaskKind,
  type TaskPriority,
  type TaskStatus,
} from '../../../domain/tasks/follow-up-task';
import { TaskAssigneeDto } from './task-assignee.dto';

const EXAMPLE_TASK_ID = 'd4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70';

function nullableUuid(description: string) {
  return { description, type: String, format: 'uuid', nullable: true, example: null };
}

/** A follow-up task (CR-3). */
export class FollowUpTaskDto {
  @ApiProperty({ description: 'The task id.', format: 'uuid', example: EXAMPLE_TASK_ID })
  id!: string;

  @ApiProperty({ description: 'What to do.', enum: TASK_KINDS, example: 'phone-follow-up' })
  kind!: TaskKind;

  @ApiProperty({
    description: 'The client it is about; null for a task about a service or partner.',
    type: String,
    format: 'uuid',
    nullable: true,
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  clientId!: string | null;

  @ApiProperty(nullableUuid('The service it concerns, if any.'))
  serviceId!: string | null;

  @ApiProperty(nullableUuid('The group it concerns (an unplaced cohort member), if any.'))
  groupId!: string | null;

  @ApiProperty(nullableUuid('The crisis level change that created it; null when made by hand.'))
  levelChangeId!: string | null;

  @ApiProperty(nullableUuid('The notice it follows up, if any.'))
  noticeId!: string | null;

  @ApiProperty({
    description: 'What the assignee is asked to do.',
    example: 'Ring klienten: Rusfritt Hus er stengt for oppmøte.',
  })
  description!: string;

  @ApiProperty({ description: 'FHIR Task priority.', enum: TASK_PRIORITIES, example: 'urgent' })
  priority!: TaskPriority;

  @ApiProperty({
    description: 'Oslo calendar day it is due.',
    format: 'date',
    example: '2026-11-24',
  })
  due!: string;

  @ApiProperty({ description: 'Who is to do it.', type: TaskAssigneeDto })
  assignee!: TaskAssigneeDto;

  @ApiProperty({ description: 'open → done / cancelled.', enum: TASK_STATUSES, example: 'open' })
  status!: TaskStatus;

  @ApiProperty({
    description: 'What came of it (done) or why it was dropped (cancelled); null while open.',
    type: String,
    nullable: true,
    example: null,
  })
  outcome!: string | null;

  @ApiProperty({ description: 'Who created it (token subject).', example: 'nurse-anne' })
  createdBy!: string;

  @ApiProperty({
    description: 'When it was created.',
    format: 'date-time',
    example: '2026-11-23T09:00:00.000Z',
  })
  createdAt!: string;

  @ApiProperty({
    description: 'When it last changed.',
    format: 'date-time',
    example: '2026-11-23T09:00:00.000Z',
  })
  updatedAt!: string;

  @ApiProperty({
    description: 'Who closed it; null while open.',
    type: String,
    nullable: true,
    example: null,
  })
  closedBy!: string | null;

  @ApiProperty({
    description: 'When it was closed; null while open.',
    type: String,
    format: 'date-time',
    nullable: true,
    example: null,
  })
  closedAt!: string | null;

  @ApiProperty({ description: 'Version for If-Match (also in the ETag header).', example: 1 })
  version!: number;

  static from(task: FollowUpTask): FollowUpTaskDto {
    return {
      id: task.id,
      kind: task.kind,
      clientId: task.clientId,
      serviceId: task.serviceId,
      groupId: task.groupId,
      levelChangeId: task.levelChangeId,
      noticeId: task.noticeId,
      description: task.description,
      priority: task.priority,
      due: task.due,
      assignee: TaskAssigneeDto.from(task.assignee),
      status: task.status,
      outcome: task.outcome,
      createdBy: task.createdBy,
      createdAt: task.createdAt.toISOString(),
      updatedAt: task.updatedAt.toISOString(),
      closedBy: task.closedBy,
      closedAt: task.closedAt?.toISOString() ?? null,
      version: task.version,
    };
  }
}

export class FollowUpTaskPageDto extends PageOf(FollowUpTaskDto) {}
