import { Body, Controller, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import { ApiProblemResponses, Authorize, CurrentActor, Idempotent } from '@lavterskel/kernel/nest';
import { ApplyCohortSizeRequestDto } from './dto/apply-cohort-size.request.dto';
import { ArrangementRestoredDto, CohortSizeAppliedDto } from './dto/arrangement.response.dto';
import { CohortArrangements } from './cohort-arrangements';
import { GroupsErrorFilter } from './groups-error.filter';
import { GroupsPolicies } from './policies';

/** GR-4: a crisis coordinator applies a cohort size to many groups, and restores it. */
@ApiTags('groups')
@Controller('v1/groups/arrangements')
@UseFilters(GroupsErrorFilter)
export class ArrangementsController {
  constructor(private readonly arrangements: CohortArrangements) {}

  @Post()
  @Authorize(GroupsPolicies.arrange)
  @Idempotent()
  @ApiOperation({
    operationId: 'applyCohortArrangement',
    summary: 'Apply a cohort size N to every group of the municipality (or of some services).',
    description:
      'Each group is re-cohorted so that no cohort exceeds N, moving as few members as possible and honouring slot preferences ' +
      'where it can; new cohorts open in slots with room. Members no cohort can take are waitlisted and listed in `unplaced` for ' +
      'follow-up. Everything it changed is kept, so restoring with the same reference gives the previous arrangement back exactly.',
  })
  @ApiCreatedResponse({ type: CohortSizeAppliedDto })
  @ApiProblemResponses(400, 409)
  async apply(
    @CurrentActor() actor: Actor,
    @Body() body: ApplyCohortSizeRequestDto,
  ): Promise<CohortSizeAppliedDto> {
    return CohortSizeAppliedDto.from(await this.arrangements.apply({ actor, ...body }));
  }

  @Post(':reference/restore')
  @HttpCode(200)
  @Authorize(GroupsPolicies.arrange)
  @ApiParam({
    name: 'reference',
    description: 'The reference the arrangement was applied with.',
    example: 'crisis-activation-2026-11-23',
  })
  @ApiOperation({
    operationId: 'restoreCohortArrangement',
    summary: 'Restore the cohorts, sizes and seats every group had before the arrangement.',
  })
  @ApiOkResponse({ type: ArrangementRestoredDto })
  @ApiProblemResponses(400, 404, 409)
  async restore(
    @CurrentActor() actor: Actor,
    @Param('reference') reference: string,
  ): Promise<ArrangementRestoredDto> {
    return ArrangementRestoredDto.from(await this.arrangements.restore({ actor, reference }));
  }
}
