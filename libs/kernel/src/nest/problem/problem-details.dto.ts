import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldViolationDto {
  @ApiProperty({ description: 'Dotted path of the offending field.', example: 'validTo' })
  field!: string;

  @ApiProperty({ description: 'The rule it broke.', example: 'after-valid-from' })
  rule!: string;

  @ApiProperty({ example: 'must be after validFrom' })
  message!: string;
}

/** OpenAPI schema of every error response (`application/problem+json`, RFC 9457). */
export class ProblemDetailsDto {
  @ApiProperty({ example: 'urn:lavterskel:problem:validation-failed' })
  type!: string;

  @ApiProperty({ example: 'The request is not valid' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiPropertyOptional({ example: 'One or more fields break a rule; see errors.' })
  detail?: string;

  @ApiPropertyOptional({ example: '/v1/audit-events?limit=500' })
  instance?: string;

  @ApiProperty({ description: 'Stable error code; switch on this, not on title.', example: 'validation-failed' })
  code!: string;

  @ApiPropertyOptional({ description: 'Quote it when reporting a problem.', example: '0b7f1c1e-3a53-4a52-9d0b-5f1f2e0c9a11' })
  requestId?: string;

  @ApiPropertyOptional({ type: [FieldViolationDto] })
  errors?: FieldViolationDto[];
}
