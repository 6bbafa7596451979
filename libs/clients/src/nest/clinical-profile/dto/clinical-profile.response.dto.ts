import { ApiProperty } from '@nestjs/swagger';
import {
  SUBSTANCES,
  type ClinicalProfile,
  type Substance,
} from '../../../domain/clinical-profile/clinical-profile';

/** CL-11: the client's minimal clinical profile. Its `version` is the ETag for the next update. */
export class ClinicalProfileDto {
  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '0b6c1f0e-5a0a-4f57-9c53-3d1b0a7e6c11',
  })
  clientId!: string;

  @ApiProperty({
    description: 'Main substances.',
    enum: SUBSTANCES,
    isArray: true,
    example: ['opioids'],
  })
  mainSubstances!: Substance[];

  @ApiProperty({
    description: 'ROP; null when not assessed.',
    nullable: true,
    type: Boolean,
    example: true,
  })
  rop!: boolean | null;

  @ApiProperty({ description: 'ICD-10 codes.', type: [String], example: ['F11.2'] })
  diagnoses!: string[];

  @ApiProperty({
    description: 'Why the service needs them.',
    nullable: true,
    type: String,
    example: 'Referral to TSB for LAR',
  })
  diagnosesPurpose!: string | null;

  @ApiProperty({ description: 'Version; the ETag is this number in quotes.', example: 1 })
  version!: number;

  @ApiProperty({ description: 'Who last changed it.', example: 'nurse-anne' })
  updatedBy!: string;

  @ApiProperty({ description: 'When.', example: '2026-11-23T09:15:00.000Z' })
  updatedAt!: string;

  static from(profile: ClinicalProfile): ClinicalProfileDto {
    return {
      ...profile,
      mainSubstances: [...profile.mainSubstances],
      diagnoses: [...profile.diagnoses],
      updatedAt: profile.updatedAt.toISOString(),
    };
  }
}
