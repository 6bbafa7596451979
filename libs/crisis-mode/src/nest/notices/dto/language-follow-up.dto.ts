import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import type { LanguageFollowUpItem } from '../../../domain/notices/list-language-follow-up.use-case';

export class LanguageFollowUpDto {
  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  clientId!: string;

  @ApiProperty({
    description: 'Preferred language (BCP 47).',
    example: 'ti',
    nullable: true,
    type: String,
  })
  preferredLanguage!: string | null;

  @ApiProperty({ description: 'Needs an interpreter.', example: true })
  interpreterNeeded!: boolean;

  @ApiProperty({ description: 'Flagged with a language difficulty (CL-10).', example: false })
  languageDifficulty!: boolean;

  @ApiProperty({
    description: 'Primary contact (token subject): who follows the client up.',
    example: 'nurse-anne',
  })
  primaryContact!: string;

  @ApiProperty({ description: 'Back-up contact.', example: null, nullable: true, type: String })
  backupContact!: string | null;

  @ApiProperty({ description: 'A language follow-up task for this notice exists.', example: false })
  taskCreated!: boolean;

  static from(item: LanguageFollowUpItem): LanguageFollowUpDto {
    return {
      clientId: item.client.clientId,
      preferredLanguage: item.client.preferredLanguage,
      interpreterNeeded: item.client.interpreterNeeded,
      languageDifficulty: item.languageDifficulty,
      primaryContact: item.client.primaryContact,
      backupContact: item.client.backupContact,
      taskCreated: item.taskCreated,
    };
  }
}

export class LanguageFollowUpPageDto extends PageOf(LanguageFollowUpDto) {}

export class LanguageFollowUpTasksDto {
  @ApiProperty({ description: 'Tasks created now, one per client.', example: 4 })
  tasksCreated!: number;

  @ApiProperty({ description: 'Clients who had a task for this notice already.', example: 0 })
  alreadyCreated!: number;
}
