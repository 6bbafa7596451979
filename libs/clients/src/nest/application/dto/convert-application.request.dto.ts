import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, ValidateNested } from 'class-validator';
import { RegisterClientRequestDto } from '../../client/dto/register-client.request.dto';
import { IntakeConversationRequestDto } from './intake-conversation.request.dto';

/** CL-2: the client the application becomes, and the intake conversation that reached them. */
export class ConvertApplicationRequestDto {
  @ApiProperty({
    description: 'The client to register (as `POST /v1/clients`).',
    type: RegisterClientRequestDto,
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => RegisterClientRequestDto)
  client!: RegisterClientRequestDto;

  @ApiProperty({
    description: 'The intake conversation: the first contact.',
    type: IntakeConversationRequestDto,
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => IntakeConversationRequestDto)
  intake!: IntakeConversationRequestDto;
}
