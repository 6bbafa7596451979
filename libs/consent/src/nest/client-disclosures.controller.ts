import { Controller, Get, Query, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiBreakGlassHeader,
  ApiProblemResponses,
  Authorize,
  BreakGlassReason,
  CurrentActor,
  PageQueryDto,
  Policies,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { ListClientDisclosures } from '../domain/list-client-disclosures.use-case';
import { ConsentErrorFilter } from './consent-error.filter';
import { DisclosureDto, DisclosurePageDto } from './dto/disclosure.response.dto';

/** The client's right of access to what was shared about them (CO-3, innsyn). */
@ApiTags('sharing-decisions')
@Controller('v1/clients/:clientId/disclosures')
@UseFilters(ConsentErrorFilter)
export class ClientDisclosuresController {
  constructor(private readonly listClientDisclosures: ListClientDisclosures) {}

  @Get()
  @Authorize(Policies.anyRole('staff', 'team-lead', 'privacy-officer'))
  @ApiOperation({
    operationId: 'listClientDisclosures',
    summary: 'What was shared about a client',
    description:
      'Every disclosure, newest first: what, to whom, why, on what basis and by whom. Care staff need a care relation (or X-Break-Glass-Reason); a privacy officer may read it for any client of the municipality, to answer the client.',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: DisclosurePageDto })
  @ApiProblemResponses(400, 404)
  async list(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Query() query: PageQueryDto,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<DisclosurePageDto> {
    const page = await this.listClientDisclosures.execute({
      actor,
      clientId,
      page: query,
      breakGlassReason,
    });
    return { items: page.items.map(DisclosureDto.from), nextCursor: page.nextCursor };
  }
}
