import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import {
  MAX_APPLICANT_NAME_LENGTH,
  MAX_HELP_WANTED_LENGTH,
  MAX_MEETING_PLACE_LENGTH,
  type ApplicationForm,
} from '../../../domain/application/application-form';
import { UrgencyAnswersDto } from './urgency-answers.dto';

/** CL-2: the public simple-application form. Only what is needed to reach the person. */
export class SubmitApplicationRequestDto {
  @ApiProperty({
    description: 'Kommunenummer of the municipality the application is sent to.',
    example: '4003',
  })
  @IsString()
  @MaxLength(4)
  municipality!: string;

  @ApiProperty({
    description: 'Your name, or what we may call you.',
    maxLength: MAX_APPLICANT_NAME_LENGTH,
    example: 'Tom',
  })
  @IsString()
  @MaxLength(MAX_APPLICANT_NAME_LENGTH)
  name!: string;

  @ApiProperty({
    type: String,
    description: 'A phone number we can call; or give a meeting place.',
    required: false,
    nullable: true,
    example: '+47 900 00 000',
  })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  phone?: string | null;

  @ApiProperty({
    type: String,
    description: 'Where we can meet you, if you have no phone.',
    required: false,
    nullable: true,
    maxLength: MAX_MEETING_PLACE_LENGTH,
    example: 'Bybrua, weekdays around noon',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_MEETING_PLACE_LENGTH)
  meetingPlace?: string | null;

  @ApiProperty({
    description: 'What you want help with.',
    maxLength: MAX_HELP_WANTED_LENGTH,
    example: 'Jeg vil slutte å ruse meg og trenger et sted å bo.',
  })
  @IsString()
  @MaxLength(MAX_HELP_WANTED_LENGTH)
  helpWanted!: string;

  @ApiProperty({
    type: String,
    description: 'The language you prefer (BCP 47).',
    required: false,
    nullable: true,
    example: 'nb',
  })
  @IsOptional()
  @IsString()
  @MaxLength(35)
  preferredLanguage?: string | null;

  @ApiProperty({ description: 'Urgency questions.', type: UrgencyAnswersDto, required: false })
  @IsOptional()
  @ValidateNested()
  @Type(() => UrgencyAnswersDto)
  urgency?: UrgencyAnswersDto;

  toForm(): ApplicationForm {
    return {
      municipality: this.municipality,
      name: this.name,
      phone: this.phone ?? null,
      meetingPlace: this.meetingPlace ?? null,
      helpWanted: this.helpWanted,
      preferredLanguage: this.preferredLanguage ?? null,
      answers: UrgencyAnswersDto.toDomain(this.urgency),
    };
  }
}
