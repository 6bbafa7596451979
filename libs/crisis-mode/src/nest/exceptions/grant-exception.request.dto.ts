import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class GrantExceptionRequestDto {
  @ApiProperty({
    format: 'uuid',
    description: 'A client you follow.',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsUUID()
  clientId!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The service; null or left out: every service.',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  @IsOptional()
  @IsUUID()
  serviceId?: string | null;

  @ApiProperty({
    description: 'The individual assessment: why the client needs it despite the level.',
    example: 'Fysiske møter er avgjørende for å hindre tilbakefall.',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Until when; left out: until revoked.',
    example: '2027-04-30T22:00:00.000Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  validTo?: string | null;
}

export class ListExceptionsQueryDto {
  @ApiProperty({ format: 'uuid', example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11' })
  @IsUUID()
  clientId!: string;
}
