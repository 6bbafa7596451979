import { Controller, Get, Query, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import { ApiProblemResponses, Authorize, CurrentActor, Policies } from '@lavterskel/kernel/nest';
import { CrisisContactabilityReport } from '../domain/crisis-contactability-report.use-case';
import { ConsentErrorFilter } from './consent-error.filter';
import { CrisisContactabilityQueryDto } from './dto/crisis-contactability.query.dto';
import {
  ClientContactabilityDto,
  ClientContactabilityPageDto,
} from './dto/crisis-contactability.response.dto';

/** CO-4: consents collected in advance for a crisis. */
@ApiTags('consents')
@Controller('v1/consents/crisis-contactability')
@UseFilters(ConsentErrorFilter)
export class CrisisContactabilityController {
  constructor(private readonly report: CrisisContactabilityReport) {}

  @Get()
  @Authorize(Policies.anyRole('crisis-coordinator', 'team-lead'))
  @ApiOperation({
    operationId: 'listCrisisContactability',
    summary: 'Who can be contacted in a crisis, and who lacks consent',
    description:
      'Every active client of the municipality, in id order, with the services and partners their consents now let contact them for crisis purposes. `only=lacking` is the work list for collecting consents before the next crisis.',
  })
  @ApiOkResponse({ type: ClientContactabilityPageDto })
  @ApiProblemResponses(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: CrisisContactabilityQueryDto,
  ): Promise<ClientContactabilityPageDto> {
    const page = await this.report.execute({ actor, only: query.only, page: query });
    return { items: page.items.map(ClientContactabilityDto.from), nextCursor: page.nextCursor };
  }
}
