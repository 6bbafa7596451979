import { Controller, Get, Query, UseFilters } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiProblemResponses,
  Authorize,
  BREAK_GLASS_HEADER,
  BreakGlassReason,
  CurrentActor,
} from '@lavterskel/kernel/nest';
import { QueryExposureUseCase } from '../domain/query-exposure.use-case';
import { ExposureQueryDto } from './dto/exposure.query.dto';
import { ExposureReportDto } from './dto/exposure-report.response.dto';
import { GroupsErrorFilter } from './groups-error.filter';
import { GroupsPolicies } from './policies';

/** GR-6: contact tracing across the municipality's groups. */
@ApiTags('groups')
@Controller('v1/groups/exposure')
@UseFilters(GroupsErrorFilter)
export class ExposureController {
  constructor(private readonly queryExposure: QueryExposureUseCase) {}

  @Get()
  @Authorize(GroupsPolicies.traceExposure)
  @ApiHeader({
    name: BREAK_GLASS_HEADER,
    required: false,
    description:
      'A written reason (at least 10 characters) when you have no care relation to the client; audited as break-the-glass.',
  })
  @ApiOperation({
    operationId: 'getGroupExposure',
    summary: 'Who was present at a session with a client between two Oslo dates (at most 60 days).',
    description:
      'For contact tracing. Answered only when the consent service finds consent or another legal basis (403 otherwise); ' +
      'every client in the answer gets a `disclose` entry in the audit trail.',
  })
  @ApiOkResponse({ type: ExposureReportDto })
  @ApiProblemResponses(400, 403, 404)
  async query(
    @CurrentActor() actor: Actor,
    @Query() query: ExposureQueryDto,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<ExposureReportDto> {
    return ExposureReportDto.from(
      await this.queryExposure.execute({ actor, ...query, breakGlassReason }),
    );
  }
}
