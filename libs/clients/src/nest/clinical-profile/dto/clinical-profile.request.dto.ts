import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import {
  MAX_DIAGNOSES,
  SUBSTANCES,
  type ClinicalProfileContent,
  type Substance,
} from '../../../domain/clinical-profile/clinical-profile';
import { MAX_DIAGNOSES_PURPOSE_LENGTH } from '../../../domain/clinical-profile/clinical-profile-rules';

/** CL-11: the whole minimal clinical profile (created, or replaced at the version read). */
export class ClinicalProfileRequestDto {
  @ApiProperty({
    description: 'Main substances.',
    enum: SUBSTANCES,
    isArray: true,
    example: ['opioids', 'benzodiazepines'],
  })
  @IsArray()
  @ArrayMaxSize(SUBSTANCES.length)
  @IsIn(SUBSTANCES, { each: true })
  mainSubstances!: Substance[];

  @ApiProperty({
    description: 'Co-occurring substance use and mental disorder; null when not assessed.',
    required: false,
    nullable: true,
    type: Boolean,
    example: true,
  })
  @IsOptional()
  @IsBoolean()
  rop?: boolean | null;

  @ApiProperty({
    description: 'ICD-10 codes, only where the service needs them.',
    type: [String],
    maxItems: MAX_DIAGNOSES,
    required: false,
    example: ['F11.2'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_DIAGNOSES)
  @IsString({ each: true })
  @MaxLength(8, { each: true })
  diagnoses?: string[];

  @ApiProperty({
    type: String,
    description: 'Why the service needs the diagnoses; required with diagnoses.',
    required: false,
    nullable: true,
    maxLength: MAX_DIAGNOSES_PURPOSE_LENGTH,
    example: 'Referral to TSB for LAR',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_DIAGNOSES_PURPOSE_LENGTH)
  diagnosesPurpose?: string | null;

  content(): ClinicalProfileContent {
    return {
      mainSubstances: this.mainSubstances,
      rop: this.rop ?? null,
      diagnoses: this.diagnoses ?? [],
      diagnosesPurpose: this.diagnosesPurpose ?? null,
    };
  }
}
