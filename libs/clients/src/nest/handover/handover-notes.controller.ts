import { Body, Controller, Get, Post, Put, Query, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiBreakGlassHeader,
  ApiProblemResponses,
  Authorize,
  BreakGlassReason,
  CurrentActor,
  Idempotent,
  PageQueryDto,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { ListHandoverNotes } from '../../domain/handover/list-handover-notes.use-case';
import { MarkHandoverNoteRead } from '../../domain/handover/mark-handover-note-read.use-case';
import { WriteHandoverNote } from '../../domain/handover/write-handover-note.use-case';
import { ClientsErrorFilter } from '../clients-error.filter';
import { FOLLOW_UP_STAFF } from '../http/policies';
import { HandoverNoteDto, HandoverNotePageDto } from './dto/handover-note.response.dto';
import { ReadReceiptDto } from './dto/read-receipt.response.dto';
import { WriteHandoverNoteRequestDto } from './dto/write-handover-note.request.dto';

/** CL-6: handover notes on a client, and read receipts. */
@ApiTags('clients: follow-up')
@Controller('v1/clients/:clientId/handover-notes')
@Authorize(FOLLOW_UP_STAFF)
@UseFilters(ClientsErrorFilter)
export class HandoverNotesController {
  constructor(
    private readonly writeNote: WriteHandoverNote,
    private readonly listNotes: ListHandoverNotes,
    private readonly markRead: MarkHandoverNoteRead,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({
    operationId: 'writeHandoverNote',
    summary: 'Write a handover note for the next shift',
  })
  @ApiBreakGlassHeader()
  @ApiCreatedResponse({ type: HandoverNoteDto })
  @ApiProblemResponses(400, 404)
  async write(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Body() body: WriteHandoverNoteRequestDto,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<HandoverNoteDto> {
    return HandoverNoteDto.from(
      await this.writeNote.execute({ actor, clientId, breakGlassReason, text: body.text }),
    );
  }

  @Get()
  @ApiOperation({
    operationId: 'listHandoverNotes',
    summary: 'A client’s handover notes, newest first, with read receipts',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: HandoverNotePageDto })
  @ApiProblemResponses(400, 404)
  async list(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Query() query: PageQueryDto,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<HandoverNotePageDto> {
    const page = await this.listNotes.execute({ actor, clientId, breakGlassReason, page: query });
    return { items: page.items.map(HandoverNoteDto.from), nextCursor: page.nextCursor };
  }

  @Put(':noteId/read-receipt')
  @ApiOperation({
    operationId: 'confirmHandoverNoteRead',
    summary: 'Confirm reading a handover note',
    description: 'The caller’s receipt; confirming again keeps the first.',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: ReadReceiptDto })
  @ApiProblemResponses(400, 404)
  async confirmRead(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @UuidParam('noteId') noteId: string,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<ReadReceiptDto> {
    return ReadReceiptDto.from(
      await this.markRead.execute({ actor, clientId, breakGlassReason, noteId }),
    );
  }
}
