import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { ConsentTermsRequestDto } from './consent-terms.request.dto';

/** A consent the client has given. */
export class GrantConsentRequestDto extends ConsentTermsRequestDto {
  @ApiProperty({
    description: 'The client who gives the consent.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsUUID()
  clientId!: string;
}
