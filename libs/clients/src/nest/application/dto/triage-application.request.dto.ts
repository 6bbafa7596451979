import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_TRIAGE_NOTE_LENGTH } from '../../../domain/application/triage-application.use-case';

/** CL-2: staff's urgency assessment; any yes makes the application urgent. */
export class TriageApplicationRequestDto {
  @ApiProperty({ description: 'Acute need for detoxification.', example: false })
  @IsBoolean()
  acuteDetox!: boolean;

  @ApiProperty({ description: 'Pregnancy: follow-up under §10-3 may be needed.', example: true })
  @IsBoolean()
  pregnancy!: boolean;

  @ApiProperty({ description: 'Coercion under §10-2 must be assessed.', example: false })
  @IsBoolean()
  coercionAssessment!: boolean;

  @ApiProperty({
    type: String,
    description: 'Staff’s note.',
    required: false,
    nullable: true,
    maxLength: MAX_TRIAGE_NOTE_LENGTH,
    example: 'Called back; due in March',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TRIAGE_NOTE_LENGTH)
  note?: string | null;
}
