import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import {
  DUPLICATE_REASONS,
  type DuplicateReason,
  type PossibleDuplicate,
} from '../../../domain/merge/possible-duplicates';
import { ClientSummaryDto } from '../../client/dto/client-summary.response.dto';

export class PossibleDuplicatesQueryDto {
  @ApiProperty({
    description: 'The team (one of yours) whose clients are compared.',
    format: 'uuid',
    example: '2c1d0e9f-8a7b-4c6d-9e5f-4a3b2c1d0e9f',
  })
  @IsUUID()
  teamId!: string;
}

/** Two clients that may be one person, older registration first. */
export class PossibleDuplicateDto {
  @ApiProperty({
    type: [ClientSummaryDto],
    minItems: 2,
    maxItems: 2,
    description: 'The two clients; at least one is pseudonymous.',
  })
  clients!: ClientSummaryDto[];

  @ApiProperty({
    description: 'Why they may be one person.',
    enum: DUPLICATE_REASONS,
    isArray: true,
    example: ['same-birth-year-similar-name'],
  })
  reasons!: DuplicateReason[];

  static from(duplicate: PossibleDuplicate): PossibleDuplicateDto {
    return {
      clients: duplicate.clients.map(ClientSummaryDto.from),
      reasons: [...duplicate.reasons],
    };
  }
}

export class PossibleDuplicateListDto {
  @ApiProperty({
    type: [PossibleDuplicateDto],
    description: 'At most 100 pairs; merge or leave them, and ask again.',
  })
  items!: PossibleDuplicateDto[];
}
