import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_STAFF_SUBJECT_LENGTH } from '../../../domain/client/care-contacts';
import type { RegisterClientInput } from '../../../domain/client/register-client.use-case';
import { ClientDetailsRequestDto } from './client-details.request.dto';

/** CL-1: a new client. The caller becomes the primary contact unless another is named. */
export class RegisterClientRequestDto extends ClientDetailsRequestDto {
  @ApiProperty({
    description: 'The client has no phone (sets the no-phone vulnerability flag).',
    required: false,
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  noPhone?: boolean;

  @ApiProperty({
    description: 'Subject (token `sub`) of the primary contact; default: the caller.',
    required: false,
    maxLength: MAX_STAFF_SUBJECT_LENGTH,
    example: 'nurse-anne',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_STAFF_SUBJECT_LENGTH)
  primaryContact?: string;

  @ApiProperty({
    type: String,
    description: 'Subject of the back-up contact.',
    required: false,
    nullable: true,
    maxLength: MAX_STAFF_SUBJECT_LENGTH,
    example: 'nurse-ola',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_STAFF_SUBJECT_LENGTH)
  backupContact?: string | null;

  registration(): Omit<RegisterClientInput, 'actor'> {
    return {
      details: this.details(),
      primaryContact: this.primaryContact,
      backupContact: this.backupContact,
      noPhone: this.noPhone,
    };
  }
}
