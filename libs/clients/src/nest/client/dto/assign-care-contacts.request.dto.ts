import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_STAFF_SUBJECT_LENGTH } from '../../../domain/client/care-contacts';

/** CL-4: who is the client's primary contact, and who covers when they are away. */
export class AssignCareContactsRequestDto {
  @ApiProperty({
    description: 'Subject (token `sub`) of the primary contact.',
    maxLength: MAX_STAFF_SUBJECT_LENGTH,
    example: 'nurse-anne',
  })
  @IsString()
  @MaxLength(MAX_STAFF_SUBJECT_LENGTH)
  primaryContact!: string;

  @ApiProperty({
    type: String,
    description: 'Subject of the back-up contact; null for none.',
    nullable: true,
    required: false,
    maxLength: MAX_STAFF_SUBJECT_LENGTH,
    example: 'nurse-ola',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_STAFF_SUBJECT_LENGTH)
  backupContact?: string | null;
}
