import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { MAX_DESCRIPTION_LENGTH } from '../../domain/disclosure';

export class RecordDisclosureRequestDto {
  @ApiProperty({
    description: 'What exactly was shared, in words the client can read.',
    example: 'Phone number and current LAR dose, by phone to the LAR doctor',
    maxLength: MAX_DESCRIPTION_LENGTH,
  })
  @IsString()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description!: string;
}
