import { Controller, Get, Query, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import { ApiProblemResponses, Authorize, CurrentActor } from '@lavterskel/kernel/nest';
import { GetCaseload } from '../../domain/client/get-caseload.use-case';
import { ClientsErrorFilter } from '../clients-error.filter';
import { FOLLOW_UP_STAFF } from '../http/policies';
import { CaseloadEntryDto, CaseloadPageDto } from './dto/caseload-entry.response.dto';
import { CaseloadQueryDto } from './dto/caseload.query.dto';

/** CL-4: a staff member's caseload, with cover for absent primary contacts. */
@ApiTags('clients')
@Controller('v1/caseload')
@Authorize(FOLLOW_UP_STAFF)
@UseFilters(ClientsErrorFilter)
export class CaseloadController {
  constructor(private readonly getCaseload: GetCaseload) {}

  @Get()
  @ApiOperation({
    operationId: 'getCaseload',
    summary: 'A staff member’s caseload',
    description:
      'The clients the staff member is primary or back-up contact for, by name, each with who covers them now (the back-up while the primary is away). Another staff member’s caseload needs the team-lead role (403 without it) and that staff member working in one of the caller’s teams (404 otherwise). Audited per client shown.',
  })
  @ApiOkResponse({ type: CaseloadPageDto })
  // 403 comes from the class's policy, whose OpenAPI description names the roles it admits.
  @ApiProblemResponses(400, 404)
  async caseload(
    @CurrentActor() actor: Actor,
    @Query() query: CaseloadQueryDto,
  ): Promise<CaseloadPageDto> {
    const page = await this.getCaseload.execute({ actor, staff: query.staff, page: query });
    return { items: page.items.map(CaseloadEntryDto.fromEntry), nextCursor: page.nextCursor };
  }
}
