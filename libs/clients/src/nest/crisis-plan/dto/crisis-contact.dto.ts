import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

/** Someone to call in a crisis (request and response). */
export class CrisisContactDto {
  @ApiProperty({ description: 'Name.', maxLength: 100, example: 'Eva' })
  @IsString()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ description: 'Who they are to the client.', maxLength: 100, example: 'sister' })
  @IsString()
  @MaxLength(100)
  relation!: string;

  @ApiProperty({ description: 'Phone number.', maxLength: 30, example: '+47 911 11 111' })
  @IsString()
  @MaxLength(30)
  phone!: string;
}
