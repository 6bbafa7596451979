import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CONSENT_METHODS, type ConsentMethod } from '../../domain/consent';

export class WithdrawConsentRequestDto {
  @ApiProperty({
    enum: CONSENT_METHODS,
    description: 'How the client withdrew it.',
    example: 'oral',
  })
  @IsIn(CONSENT_METHODS)
  method!: ConsentMethod;

  @ApiPropertyOptional({
    description: "The client's reason, if they gave one.",
    example: 'Does not want NAV to be informed any more',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}
