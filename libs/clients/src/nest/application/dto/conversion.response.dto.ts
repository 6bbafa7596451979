import { ApiProperty } from '@nestjs/swagger';
import type { Conversion } from '../../../domain/application/convert-application.use-case';
import { ClientDto } from '../../client/dto/client.response.dto';
import { EncounterDto } from '../../encounter/dto/encounter.response.dto';
import { ApplicationDto } from './application.response.dto';

/** CL-2: the client an application became, the application, and the intake conversation. */
export class ConversionDto {
  @ApiProperty({ description: 'The new client (status applicant).', type: ClientDto })
  client!: ClientDto;

  @ApiProperty({
    description: 'The application, now converted, with its first contact.',
    type: ApplicationDto,
  })
  application!: ApplicationDto;

  @ApiProperty({
    description: 'The intake conversation, first entry in the contact log.',
    type: EncounterDto,
  })
  intake!: EncounterDto;

  static from(conversion: Conversion): ConversionDto {
    return {
      client: ClientDto.from(conversion.client),
      application: ApplicationDto.from(conversion.application),
      intake: EncounterDto.from(conversion.intake),
    };
  }
}
