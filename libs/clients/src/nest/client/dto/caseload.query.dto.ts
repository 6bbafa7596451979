import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '@lavterskel/kernel/nest';
import { MAX_STAFF_SUBJECT_LENGTH } from '../../../domain/client/care-contacts';

export class CaseloadQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description:
      'Whose caseload (subject); default: the caller. Another’s needs the team-lead role.',
    maxLength: MAX_STAFF_SUBJECT_LENGTH,
    example: 'nurse-ola',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_STAFF_SUBJECT_LENGTH)
  staff?: string;
}
