import { Body, Controller, Get, Post, Query, UseFilters } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiBreakGlassHeader,
  ApiProblemResponses,
  Authorize,
  BreakGlassReason,
  CurrentActor,
  Idempotent,
  Policies,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { ListDecisionsForReview } from '../domain/list-decisions-for-review.use-case';
import { RecordDisclosure } from '../domain/record-disclosure.use-case';
import { RequestSharingDecision } from '../domain/request-sharing-decision.use-case';
import { ReviewDecision } from '../domain/review-decision.use-case';
import { ConsentErrorFilter } from './consent-error.filter';
import { RECIPIENT_VARIANTS } from './dto/recipient.dto';
import { DECIDE_SHARING_EXAMPLES } from './dto/recipient.examples';
import { DecideSharingRequestDto } from './dto/decide-sharing.request.dto';
import { DecisionsForReviewQueryDto } from './dto/decisions-for-review.query.dto';
import { DisclosureDto } from './dto/disclosure.response.dto';
import { RecordDisclosureRequestDto } from './dto/record-disclosure.request.dto';
import { ReviewDecisionRequestDto } from './dto/review-decision.request.dto';
import { SharingDecisionDto, SharingDecisionPageDto } from './dto/sharing-decision.response.dto';

const SHARING_STAFF = Policies.anyRole('staff', 'team-lead', 'crisis-coordinator');
const PRIVACY_OFFICER = Policies.anyRole('privacy-officer');

/** Sharing decisions (CO-2), the shares made on them (CO-3), and reviews of legal-basis decisions. */
@ApiExtraModels(...RECIPIENT_VARIANTS)
@ApiTags('sharing-decisions')
@Controller('v1/sharing-decisions')
@UseFilters(ConsentErrorFilter)
export class SharingDecisionsController {
  constructor(
    private readonly requestSharingDecision: RequestSharingDecision,
    private readonly recordDisclosure: RecordDisclosure,
    private readonly listDecisionsForReview: ListDecisionsForReview,
    private readonly reviewDecision: ReviewDecision,
  ) {}

  @Post()
  @Authorize(SHARING_STAFF)
  @Idempotent()
  @ApiOperation({
    operationId: 'decideSharing',
    summary: 'May this information be shared now?',
    description:
      'Decides on the client’s consents now, logs the decision and answers permit or deny, with the consent or legal basis used and the reasons. A legal basis other than consent is used only when no consent permits, needs a written justification, and flags the decision for review. Needs a care relation to the client (or X-Break-Glass-Reason).',
  })
  @ApiBreakGlassHeader()
  @ApiBody({ type: DecideSharingRequestDto, examples: DECIDE_SHARING_EXAMPLES })
  @ApiCreatedResponse({ type: SharingDecisionDto })
  @ApiProblemResponses(400, 404, 422)
  async decide(
    @CurrentActor() actor: Actor,
    @Body() body: DecideSharingRequestDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<SharingDecisionDto> {
    const decision = await this.requestSharingDecision.execute({
      actor,
      ...body,
      breakGlassReason,
    });
    return SharingDecisionDto.from(decision);
  }

  @Get()
  @Authorize(PRIVACY_OFFICER)
  @ApiOperation({
    operationId: 'listSharingDecisionsForReview',
    summary: 'Decisions on a legal basis, for review',
    description: 'Decisions made without consent, pending review or reviewed, newest first.',
  })
  @ApiOkResponse({ type: SharingDecisionPageDto })
  @ApiProblemResponses(400)
  async forReview(
    @CurrentActor() actor: Actor,
    @Query() query: DecisionsForReviewQueryDto,
  ): Promise<SharingDecisionPageDto> {
    const page = await this.listDecisionsForReview.execute({
      actor,
      state: query.review ?? 'pending',
      page: query,
    });
    return { items: page.items.map(SharingDecisionDto.from), nextCursor: page.nextCursor };
  }

  @Post(':id/disclosures')
  @Authorize(SHARING_STAFF)
  @Idempotent()
  @ApiOperation({
    operationId: 'recordDisclosure',
    summary: 'Record a share made on a decision',
    description:
      'Logs what was shared on your own permitting decision; one share per decision, so every share asks anew.',
  })
  @ApiCreatedResponse({ type: DisclosureDto })
  @ApiProblemResponses(400, 404, 409, 422)
  async disclose(
    @CurrentActor() actor: Actor,
    @UuidParam('id') decisionId: string,
    @Body() body: RecordDisclosureRequestDto,
  ): Promise<DisclosureDto> {
    return DisclosureDto.from(
      await this.recordDisclosure.execute({ actor, decisionId, description: body.description }),
    );
  }

  @Post(':id/review')
  @Authorize(PRIVACY_OFFICER)
  @Idempotent()
  @ApiOperation({
    operationId: 'reviewSharingDecision',
    summary: 'Review a decision made on a legal basis',
    description: 'Once per decision; only decisions flagged for review.',
  })
  @ApiCreatedResponse({ type: SharingDecisionDto })
  @ApiProblemResponses(400, 404, 409, 422)
  async review(
    @CurrentActor() actor: Actor,
    @UuidParam('id') decisionId: string,
    @Body() body: ReviewDecisionRequestDto,
  ): Promise<SharingDecisionDto> {
    return SharingDecisionDto.from(
      await this.reviewDecision.execute({
        actor,
        decisionId,
        conclusion: body.conclusion,
        note: body.note,
      }),
    );
  }
}
