import { Controller, Get, Query, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import { ApiProblemResponses, Authorize, CurrentActor } from '@lavterskel/kernel/nest';
import { GetPriorityList } from '../../domain/priority/get-priority-list.use-case';
import { CrisisModeErrorFilter } from '../crisis-mode-error.filter';
import { PriorityListPageDto } from './dto/priority-list.response.dto';
import { PriorityListQueryDto } from './dto/report-level.query.dto';
import { CrisisPolicies } from '../crisis-policies';

/** CR-4: who must be reached first, and how. */
@ApiTags('crisis')
@Controller('v1/crisis/priority-list')
@UseFilters(CrisisModeErrorFilter)
export class PriorityListController {
  constructor(private readonly priorityList: GetPriorityList) {}

  @Get()
  @Authorize(CrisisPolicies.reports)
  @ApiOperation({
    operationId: 'getCrisisPriorityList',
    summary: 'Clients to reach first, each with how to reach them',
    description:
      "Every client with an active enrolment today, in the order to reach them: the level's priority flags (without a crisis: any vulnerability flag), then clients of services the level prioritises (e.g. UNG pluss), then LAR clients (enrolled in a service requiring `lar-dispensing`), then the rest; within a tier, more priority flags first, then more flags, then client id. Each with a reach path: `phone`, `visit` (no phone), `via` a partner or trusted person who holds consent, or `no-path` with the reasons. `?planId=&level=` previews a level before activation. Audited as one search naming every client shown.",
  })
  @ApiOkResponse({ type: PriorityListPageDto })
  @ApiProblemResponses(400, 404, 422)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: PriorityListQueryDto,
  ): Promise<PriorityListPageDto> {
    const list = await this.priorityList.execute({
      actor,
      planId: query.planId,
      level: query.level,
      page: { limit: query.limit, cursor: query.cursor },
    });
    return PriorityListPageDto.from(list);
  }
}
