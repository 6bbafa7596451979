import { Controller, Get, Query, UseFilters } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiProblemResponses,
  Authorize,
  CurrentActor,
  PageQueryDto,
} from '@lavterskel/kernel/nest';
import { ListPlansDueForReview } from '../../domain/individual-plan/list-plans-due-for-review.use-case';
import { ClientsErrorFilter } from '../clients-error.filter';
import { FOLLOW_UP_STAFF } from '../http/policies';
import { PlanDueForReviewDto, PlanDueForReviewPageDto } from './dto/individual-plan.response.dto';

export class PlansDueForReviewQueryDto extends PageQueryDto {
  @ApiProperty({
    description: 'The team (one of yours).',
    format: 'uuid',
    example: '2c1d0e9f-8a7b-4c6d-9e5f-4a3b2c1d0e9f',
  })
  @IsUUID()
  teamId!: string;

  @ApiPropertyOptional({
    description: 'Due on or before this Oslo day; default two weeks from today.',
    example: '2026-12-31',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'by must be a date, YYYY-MM-DD' })
  by?: string;
}

/** IP (§ 7-1): the team's plans to review with their clients. */
@ApiTags('clients: follow-up')
@Controller('v1/individual-plans')
@Authorize(FOLLOW_UP_STAFF)
@UseFilters(ClientsErrorFilter)
export class PlansDueForReviewController {
  constructor(private readonly dueForReview: ListPlansDueForReview) {}

  @Get('due-for-review')
  @ApiOperation({
    operationId: 'listPlansDueForReview',
    summary: 'A team’s individual plans due for review',
    description:
      'Draft and active plans of the team whose review falls on or before `by` (overdue ones included), soonest first. Only the team’s members (403 clients.team-forbidden otherwise); audited as a search naming each client.',
  })
  @ApiOkResponse({ type: PlanDueForReviewPageDto })
  // 403 is documented by the policy (roles) and, here, also answers callers outside the team.
  @ApiProblemResponses(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: PlansDueForReviewQueryDto,
  ): Promise<PlanDueForReviewPageDto> {
    const page = await this.dueForReview.execute({
      actor,
      teamId: query.teamId,
      by: query.by,
      page: query,
    });
    return { items: page.items.map(PlanDueForReviewDto.from), nextCursor: page.nextCursor };
  }
}
