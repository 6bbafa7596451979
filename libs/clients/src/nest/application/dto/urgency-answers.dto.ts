import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import type { UrgencyAnswers } from '../../../domain/application/application';

/** The form's urgency questions, answered by the applicant (all default to no). */
export class UrgencyAnswersDto {
  @ApiProperty({
    description: 'I need to detox now (acute withdrawal).',
    required: false,
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  acuteDetox?: boolean;

  @ApiProperty({ description: 'I am pregnant.', required: false, example: false })
  @IsOptional()
  @IsBoolean()
  pregnant?: boolean;

  @ApiProperty({
    description: 'Someone close to me may need help against their will.',
    required: false,
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  coercionConcern?: boolean;

  static toDomain(dto: UrgencyAnswersDto | undefined): UrgencyAnswers {
    return {
      acuteDetox: dto?.acuteDetox ?? false,
      pregnant: dto?.pregnant ?? false,
      coercionConcern: dto?.coercionConcern ?? false,
    };
  }

  static from(answers: UrgencyAnswers): UrgencyAnswersDto {
    return { ...answers };
  }
}
