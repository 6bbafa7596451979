import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import type { TaskAssignee } from '../../../domain/tasks/follow-up-task';

const ASSIGNEE_KINDS = ['staff', 'team'] as const;

/** Who is to do a task: a staff member by token subject, or a team. */
export class TaskAssigneeRequestDto {
  @ApiProperty({
    description: 'A named staff member, or a team (whoever of the team takes it).',
    enum: ASSIGNEE_KINDS,
    example: 'staff',
  })
  @IsIn(ASSIGNEE_KINDS)
  kind!: 'staff' | 'team';

  @ApiPropertyOptional({
    description: 'With kind `staff`: the staff member’s token subject.',
    maxLength: 255,
    example: 'nurse-anne',
  })
  @ValidateIf((assignee: TaskAssigneeRequestDto) => assignee.kind === 'staff')
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  subject?: string;

  @ApiPropertyOptional({
    description: 'With kind `team`: the team’s id.',
    format: 'uuid',
    example: '7f3c1b2a-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  })
  @ValidateIf((assignee: TaskAssigneeRequestDto) => assignee.kind === 'team')
  @IsUUID()
  teamId?: string;

  toAssignee(): TaskAssignee {
    return this.kind === 'team'
      ? { kind: 'team', teamId: this.teamId ?? '' }
      : { kind: 'staff', subject: this.subject ?? '' };
  }
}

export class TaskAssigneeDto {
  @ApiProperty({
    description: 'A named staff member, or a team.',
    enum: ASSIGNEE_KINDS,
    example: 'staff',
  })
  kind!: 'staff' | 'team';

  @ApiProperty({
    description: 'The staff member’s token subject; null for a team.',
    type: String,
    nullable: true,
    example: 'nurse-anne',
  })
  subject!: string | null;

  @ApiProperty({
    description: 'The team’s id; null for a staff member.',
    type: String,
    format: 'uuid',
    nullable: true,
    example: null,
  })
  teamId!: string | null;

  static from(assignee: TaskAssignee): TaskAssigneeDto {
    return {
      kind: assignee.kind,
      subject: assignee.kind === 'staff' ? assignee.subject : null,
      teamId: assignee.kind === 'team' ? assignee.teamId : null,
    };
  }
}
