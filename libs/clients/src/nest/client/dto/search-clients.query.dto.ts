import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '@lavterskel/kernel/nest';
import { CLIENT_STATUSES, type ClientStatus } from '../../../domain/client/client-status';

/** `GET /v1/clients`: search within the caller's reach. */
export class SearchClientsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Words that each begin a word of the given name, family name or alias.',
    minLength: 2,
    maxLength: 100,
    example: 'kari nord',
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Exact fødselsnummer or D-nummer.', example: '02013299997' })
  @IsOptional()
  @Matches(/^\d{11}$/, { message: 'nationalId must be 11 digits' })
  nationalId?: string;

  @ApiPropertyOptional({
    description: 'Only clients with this status.',
    enum: CLIENT_STATUSES,
    example: 'active',
  })
  @IsOptional()
  @IsIn(CLIENT_STATUSES)
  status?: ClientStatus;
}
