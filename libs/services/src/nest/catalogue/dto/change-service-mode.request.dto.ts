import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { SERVICE_MODES, type ServiceMode } from '../../../domain/catalogue/service';

export class ChangeServiceModeRequestDto {
  @ApiProperty({
    description: 'The mode the service runs in from now on.',
    enum: SERVICE_MODES,
    example: 'outdoor-only',
  })
  @IsIn(SERVICE_MODES)
  mode!: ServiceMode;

  @ApiProperty({
    description:
      'Why: the guideline, decision or crisis level behind the change. Kept in the history.',
    example: 'Infection control: national guideline of 12 March, groups outdoors only',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}
