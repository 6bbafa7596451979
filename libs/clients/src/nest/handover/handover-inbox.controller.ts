import { Controller, Get, Query, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiProblemResponses,
  Authorize,
  CurrentActor,
  PageQueryDto,
} from '@lavterskel/kernel/nest';
import { ListUnreadHandoverNotes } from '../../domain/handover/list-unread-handover-notes.use-case';
import { ClientsErrorFilter } from '../clients-error.filter';
import { FOLLOW_UP_STAFF } from '../http/policies';
import { HandoverNoteDto, HandoverNotePageDto } from './dto/handover-note.response.dto';

/** CL-6: the caller's unread handover notes across their caseload. */
@ApiTags('clients: follow-up')
@Controller('v1/handover-notes')
@Authorize(FOLLOW_UP_STAFF)
@UseFilters(ClientsErrorFilter)
export class HandoverInboxController {
  constructor(private readonly listUnread: ListUnreadHandoverNotes) {}

  @Get('unread')
  @ApiOperation({
    operationId: 'listUnreadHandoverNotes',
    summary: 'My unread handover notes',
    description:
      'Notes on clients the caller is primary or back-up contact for, written by someone else and not yet confirmed read; oldest first.',
  })
  @ApiOkResponse({ type: HandoverNotePageDto })
  @ApiProblemResponses(400)
  async unread(
    @CurrentActor() actor: Actor,
    @Query() query: PageQueryDto,
  ): Promise<HandoverNotePageDto> {
    const page = await this.listUnread.execute({ actor, page: query });
    return { items: page.items.map(HandoverNoteDto.from), nextCursor: page.nextCursor };
  }
}
