import { Controller, Get, Query, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import { ApiProblemResponses, Authorize, CurrentActor } from '@lavterskel/kernel/nest';
import { ShowEffectivePolicy } from '../../domain/policy/show-effective-policy.use-case';
import { CrisisModeErrorFilter } from '../crisis-mode-error.filter';
import { CrisisPolicies } from '../crisis-policies';
import { EffectivePolicyDto, EffectivePolicyQueryDto } from './effective-policy.dto';

/** CR-7: the rules in force for a service (and a client), as the other modules obey them. */
@ApiTags('crisis-mode')
@Controller('v1/crisis/policy')
@UseFilters(CrisisModeErrorFilter)
export class EffectivePolicyController {
  constructor(private readonly policies: ShowEffectivePolicy) {}

  @Get()
  @Authorize(CrisisPolicies.read)
  @ApiOperation({
    operationId: 'getEffectivePolicy',
    summary: 'The crisis rules in force now for a service (and a client you follow)',
    description:
      'Mode, allowed channels, group size, people in the premises, eligibility and the client’s exception. With no crisis active: level `normal`, nothing restricted.',
  })
  @ApiOkResponse({ type: EffectivePolicyDto })
  @ApiProblemResponses(400, 404)
  async get(
    @CurrentActor() actor: Actor,
    @Query() query: EffectivePolicyQueryDto,
  ): Promise<EffectivePolicyDto> {
    const policy = await this.policies.execute({
      actor,
      serviceId: query.serviceId ?? null,
      clientId: query.clientId,
    });
    return EffectivePolicyDto.from(policy);
  }
}
