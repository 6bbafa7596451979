import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Max, Min } from 'class-validator';

const SCORE = { maxDecimalPlaces: 1, allowNaN: false, allowInfinity: false } as const;
const scale = (description: string, example: number) => ({
  description: `${description} 0–10, one decimal (the mark on the 10 cm line, in cm).`,
  minimum: 0,
  maximum: 10,
  example,
});

/** ORS: how the client has been doing (the last week). */
export class OrsScoresDto {
  @ApiProperty(scale('Individually: personal well-being.', 6.2))
  @IsNumber(SCORE)
  @Min(0)
  @Max(10)
  individually!: number;

  @ApiProperty(scale('Interpersonally: family and close relationships.', 5.5))
  @IsNumber(SCORE)
  @Min(0)
  @Max(10)
  interpersonally!: number;

  @ApiProperty(scale('Socially: work, school, friendships.', 4.1))
  @IsNumber(SCORE)
  @Min(0)
  @Max(10)
  socially!: number;

  @ApiProperty(scale('Overall: general sense of well-being.', 5.8))
  @IsNumber(SCORE)
  @Min(0)
  @Max(10)
  overall!: number;
}

/** SRS: how the session went. */
export class SrsScoresDto {
  @ApiProperty(scale('Relationship: felt heard, understood and respected.', 9.1))
  @IsNumber(SCORE)
  @Min(0)
  @Max(10)
  relationship!: number;

  @ApiProperty(scale('Goals and topics: worked on what the client wanted.', 8.7))
  @IsNumber(SCORE)
  @Min(0)
  @Max(10)
  goalsAndTopics!: number;

  @ApiProperty(scale('Approach or method: a good fit.', 9.0))
  @IsNumber(SCORE)
  @Min(0)
  @Max(10)
  approachOrMethod!: number;

  @ApiProperty(scale('Overall: the session was right.', 9.3))
  @IsNumber(SCORE)
  @Min(0)
  @Max(10)
  overall!: number;
}
