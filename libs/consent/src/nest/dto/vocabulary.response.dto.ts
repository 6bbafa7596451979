import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LEGAL_BASES, LEGAL_BASIS_CODES, type LegalBasisCode } from '../../domain/legal-basis';
import type { Term, Vocabulary } from '../../domain/vocabulary';

export class TermDto {
  @ApiProperty({ description: 'The code used in consents and decisions.', example: 'health' })
  code!: string;

  @ApiProperty({ description: 'What it means.', example: 'Health information' })
  label!: string;

  @ApiPropertyOptional({
    type: () => [TermDto],
    description: 'Terms it covers: consent to this term covers them too.',
  })
  children?: TermDto[];

  static from(term: Term): TermDto {
    return {
      code: term.code,
      label: term.label,
      ...(term.children ? { children: term.children.map(TermDto.from) } : {}),
    };
  }
}

export class CrisisContactTermsDto {
  @ApiProperty({ description: 'The information category.', example: 'contact-details' })
  category!: string;

  @ApiProperty({ description: 'The purpose.', example: 'crisis-contact' })
  purpose!: string;
}

export class LegalBasisTermDto {
  @ApiProperty({
    enum: LEGAL_BASIS_CODES,
    description: 'The code to send in a decision request.',
    example: 'emergency',
  })
  code!: LegalBasisCode;

  @ApiProperty({
    description: 'What it means.',
    example: 'Emergency: the client needs immediate help and cannot consent',
  })
  label!: string;

  @ApiProperty({
    description: 'Where the law says so.',
    example: 'straffeloven § 17 (nødrett); helsepersonelloven § 7',
  })
  citation!: string;
}

/** The codes consents and decisions speak in, with their declared hierarchies. */
export class VocabularyDto {
  @ApiProperty({ type: [TermDto], description: 'Information categories, as a tree.' })
  categories!: TermDto[];

  @ApiProperty({ type: [TermDto], description: 'Purposes, as a tree.' })
  purposes!: TermDto[];

  @ApiProperty({ type: [LegalBasisTermDto], description: 'Legal bases other than consent.' })
  legalBases!: LegalBasisTermDto[];

  @ApiProperty({
    type: CrisisContactTermsDto,
    description: 'What "may be contacted in a crisis" means in the contactability report.',
  })
  crisisContact!: CrisisContactTermsDto;

  static from(vocabulary: Vocabulary): VocabularyDto {
    return {
      categories: vocabulary.categories.map(TermDto.from),
      purposes: vocabulary.purposes.map(TermDto.from),
      legalBases: Object.entries(LEGAL_BASES).map(([code, basis]) => ({
        code: code as LegalBasisCode,
        ...basis,
      })),
      crisisContact: { ...vocabulary.crisisContact },
    };
  }
}
