import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class GrantExceptionRequestDto {
  @ApiProperty({
    format: 'uuid',
    description: 'A client you follow.',
    example: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  })
  @IsUUID()
  clientId!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The service; null or left out: every service.',
    example: '3f0c6a8e-2b1d-4c5e-9f7a-1d2e3c4b5a60',
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
  @ApiProperty({ format: 'uuid', example: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d' })
  @IsUUID()
  clientId!: string;
}
