import { Body, Controller, Get, Post, Query, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiProblemResponses,
  Authorize,
  CurrentActor,
  Idempotent,
  PageQueryDto,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { AcknowledgeNotice } from '../../domain/notices/acknowledge-notice.use-case';
import { CreateLanguageFollowUpTasks } from '../../domain/notices/create-language-follow-up-tasks.use-case';
import { GetNotice } from '../../domain/notices/get-notice.use-case';
import { ListLanguageFollowUp } from '../../domain/notices/list-language-follow-up.use-case';
import { ListNotices } from '../../domain/notices/list-notices.use-case';
import { ListUnacknowledged } from '../../domain/notices/list-unacknowledged.use-case';
import { PublishNotice } from '../../domain/notices/publish-notice.use-case';
import { CrisisModeErrorFilter } from '../crisis-mode-error.filter';
import { AcknowledgeNoticeRequestDto } from './dto/acknowledge-notice.request.dto';
import {
  LanguageFollowUpDto,
  LanguageFollowUpPageDto,
  LanguageFollowUpTasksDto,
} from './dto/language-follow-up.dto';
import {
  NoticeDetailsDto,
  NoticeRecipientDto,
  NoticeRecipientPageDto,
  NoticeSummaryDto,
  NoticeSummaryPageDto,
} from './dto/notice.response.dto';
import { PublishNoticeRequestDto } from './dto/publish-notice.request.dto';
import { NoticesPolicies } from './notices-policies';

/** Notices about changed national or local rules, their acknowledgements and follow-up (CR-6). */
@ApiTags('crisis notices')
@Controller('v1/crisis/notices')
@UseFilters(CrisisModeErrorFilter)
export class NoticesController {
  constructor(
    private readonly publishNotice: PublishNotice,
    private readonly listNotices: ListNotices,
    private readonly getNotice: GetNotice,
    private readonly listUnacknowledged: ListUnacknowledged,
    private readonly acknowledgeNotice: AcknowledgeNotice,
    private readonly listLanguageFollowUp: ListLanguageFollowUp,
    private readonly createLanguageFollowUpTasks: CreateLanguageFollowUpTasks,
  ) {}

  @Post()
  @Authorize(NoticesPolicies.publish)
  @Idempotent()
  @ApiOperation({
    operationId: 'publishNotice',
    summary: 'Publish a notice about changed rules to services and partner organisations',
    description:
      'Partners with a webhook endpoint get it delivered through a durable outbox, signed and ' +
      'retried until their system accepts it, never twice.',
  })
  @ApiCreatedResponse({ type: NoticeDetailsDto })
  @ApiProblemResponses(400, 422)
  async publish(
    @CurrentActor() actor: Actor,
    @Body() body: PublishNoticeRequestDto,
  ): Promise<NoticeDetailsDto> {
    const published = await this.publishNotice.execute({
      actor,
      title: body.title,
      body: body.body,
      sourceUrl: body.sourceUrl,
      effectiveFrom: new Date(body.effectiveFrom),
      acknowledgeBy: new Date(body.acknowledgeBy),
      recipients: body.recipients.toAudience(),
    });
    return NoticeDetailsDto.from(
      await this.getNotice.execute({ actor, noticeId: published.notice.id }),
    );
  }

  @Get()
  @Authorize(NoticesPolicies.read)
  @ApiOperation({
    operationId: 'listNotices',
    summary: 'List notices, newest first, with how many recipients acknowledged',
  })
  @ApiOkResponse({ type: NoticeSummaryPageDto })
  @ApiProblemResponses(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: PageQueryDto,
  ): Promise<NoticeSummaryPageDto> {
    const page = await this.listNotices.execute({ actor, page: query });
    return { items: page.items.map(NoticeSummaryDto.from), nextCursor: page.nextCursor };
  }

  @Get(':noticeId')
  @Authorize(NoticesPolicies.read)
  @ApiOperation({
    operationId: 'getNotice',
    summary: 'Get a notice with every recipient’s acknowledgement and every delivery',
  })
  @ApiOkResponse({ type: NoticeDetailsDto })
  @ApiProblemResponses(400, 404)
  async get(
    @CurrentActor() actor: Actor,
    @UuidParam('noticeId') noticeId: string,
  ): Promise<NoticeDetailsDto> {
    return NoticeDetailsDto.from(await this.getNotice.execute({ actor, noticeId }));
  }

  @Get(':noticeId/unacknowledged')
  @Authorize(NoticesPolicies.read)
  @ApiOperation({
    operationId: 'listUnacknowledgedRecipients',
    summary: 'List the recipients that have not acknowledged the notice',
  })
  @ApiOkResponse({ type: NoticeRecipientPageDto })
  @ApiProblemResponses(400, 404)
  async unacknowledged(
    @CurrentActor() actor: Actor,
    @UuidParam('noticeId') noticeId: string,
    @Query() query: PageQueryDto,
  ): Promise<NoticeRecipientPageDto> {
    const page = await this.listUnacknowledged.execute({ actor, noticeId, page: query });
    return { items: page.items.map(NoticeRecipientDto.from), nextCursor: page.nextCursor };
  }

  @Post(':noticeId/acknowledgements')
  @Authorize(NoticesPolicies.acknowledge)
  @Idempotent()
  @ApiOperation({
    operationId: 'acknowledgeNotice',
    summary:
      'Acknowledge a notice for a service (its team) or record a partner’s acknowledgement (a coordinator)',
    description: 'Acknowledging again keeps the first acknowledgement.',
  })
  @ApiCreatedResponse({ type: NoticeRecipientDto })
  @ApiProblemResponses(400, 404)
  async acknowledge(
    @CurrentActor() actor: Actor,
    @UuidParam('noticeId') noticeId: string,
    @Body() body: AcknowledgeNoticeRequestDto,
  ): Promise<NoticeRecipientDto> {
    return NoticeRecipientDto.from(
      await this.acknowledgeNotice.execute({
        actor,
        noticeId,
        recipientKind: body.recipientKind,
        recipientId: body.recipientId,
      }),
    );
  }

  @Get(':noticeId/language-follow-up')
  @Authorize(NoticesPolicies.languageFollowUp)
  @ApiOperation({
    operationId: 'listLanguageFollowUp',
    summary: 'List clients with a language difficulty or an interpreter need, to tell in person',
    description:
      'Coordinators see every such client; others the clients they serve. Audited per client.',
  })
  @ApiOkResponse({ type: LanguageFollowUpPageDto })
  @ApiProblemResponses(400, 404)
  async languageFollowUp(
    @CurrentActor() actor: Actor,
    @UuidParam('noticeId') noticeId: string,
    @Query() query: PageQueryDto,
  ): Promise<LanguageFollowUpPageDto> {
    const page = await this.listLanguageFollowUp.execute({ actor, noticeId, page: query });
    return { items: page.items.map(LanguageFollowUpDto.from), nextCursor: page.nextCursor };
  }

  @Post(':noticeId/language-follow-up/tasks')
  @Authorize(NoticesPolicies.publish)
  @Idempotent()
  @ApiOperation({
    operationId: 'createLanguageFollowUpTasks',
    summary: 'Create a language follow-up task per such client, for their primary contact',
    description: 'Clients who have one for this notice get no second one.',
  })
  @ApiCreatedResponse({ type: LanguageFollowUpTasksDto })
  @ApiProblemResponses(400, 404)
  async languageFollowUpTasks(
    @CurrentActor() actor: Actor,
    @UuidParam('noticeId') noticeId: string,
  ): Promise<LanguageFollowUpTasksDto> {
    return this.createLanguageFollowUpTasks.execute({ actor, noticeId });
  }
}
