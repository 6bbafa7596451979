import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import type { Disclosure } from '../../domain/disclosure';
import { ApiRecipientProperty, RecipientDto } from './recipient.dto';
import { DecisionBasisDto } from './sharing-decision.response.dto';

/** One share of a client's information (CO-3): what, to whom, why, on what basis, by whom. */
export class DisclosureDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The disclosure.',
    example: '8f14e45f-ceea-4e7a-9b1c-2d3e4f5a6b7c',
  })
  id!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The client.',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  clientId!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The decision that permitted it.',
    example: '2c7e4b1a-9f3d-4e2b-8a6c-1d5e9f0a3b7c',
  })
  decisionId!: string;

  @ApiProperty({ description: 'The information category shared.', example: 'lar-status' })
  category!: string;

  @ApiProperty({ description: 'Why it was shared.', example: 'treatment-coordination' })
  purpose!: string;

  @ApiRecipientProperty({ description: 'Who received it.' })
  recipient!: RecipientDto;

  @ApiProperty({ description: 'The consent or legal basis it rested on.', type: DecisionBasisDto })
  basis!: DecisionBasisDto;

  @ApiProperty({
    description: 'What exactly was shared.',
    example: 'Phone number and current LAR dose, by phone to the LAR doctor',
  })
  description!: string;

  @ApiProperty({ description: 'Who shared it (token subject).', example: 'nurse-anne' })
  disclosedBy!: string;

  @ApiProperty({ description: 'When.', example: '2026-11-23T09:05:00.000Z' })
  disclosedAt!: string;

  static from(disclosure: Disclosure): DisclosureDto {
    return {
      id: disclosure.id,
      clientId: disclosure.clientId,
      decisionId: disclosure.decisionId,
      category: disclosure.category,
      purpose: disclosure.purpose,
      recipient: RecipientDto.from(disclosure.recipient),
      basis: DecisionBasisDto.from(disclosure.basis),
      description: disclosure.description,
      disclosedBy: disclosure.disclosedBy,
      disclosedAt: disclosure.disclosedAt.toISOString(),
    };
  }
}

export class DisclosurePageDto extends PageOf(DisclosureDto) {}
