import { Body, Controller, Get, Post, Query, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiProblemResponses,
  Authorize,
  CurrentActor,
  Idempotent,
  PageQueryDto,
} from '@lavterskel/kernel/nest';
import { ListWebhookEndpoints } from '../../domain/notices/list-webhook-endpoints.use-case';
import { RegisterWebhookEndpoint } from '../../domain/notices/register-webhook-endpoint.use-case';
import { CrisisModeErrorFilter } from '../crisis-mode-error.filter';
import {
  RegisterWebhookEndpointRequestDto,
  WebhookEndpointDto,
  WebhookEndpointPageDto,
} from './dto/webhook-endpoint.dto';
import { NoticesPolicies } from './notices-policies';

/** Partners' systems that receive notices, signed (CR-6). */
@ApiTags('crisis notices')
@Controller('v1/crisis/webhook-endpoints')
@UseFilters(CrisisModeErrorFilter)
export class WebhookEndpointsController {
  constructor(
    private readonly registerEndpoint: RegisterWebhookEndpoint,
    private readonly listEndpoints: ListWebhookEndpoints,
  ) {}

  @Post()
  @Authorize(NoticesPolicies.publish)
  @Idempotent()
  @ApiOperation({
    operationId: 'registerWebhookEndpoint',
    summary: 'Register a partner’s webhook endpoint for notices',
    description:
      'Each delivery is a JSON POST with `Idempotency-Key` (one per notice and endpoint) and ' +
      '`X-Lavterskel-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`. ' +
      'Receivers refuse signatures older than their replay window (300 s) and drop repeated keys.',
  })
  @ApiCreatedResponse({ type: WebhookEndpointDto })
  @ApiProblemResponses(400, 409, 422)
  async register(
    @CurrentActor() actor: Actor,
    @Body() body: RegisterWebhookEndpointRequestDto,
  ): Promise<WebhookEndpointDto> {
    return WebhookEndpointDto.from(
      await this.registerEndpoint.execute({
        actor,
        partnerId: body.partnerId,
        url: body.url,
        secret: body.secret,
      }),
    );
  }

  @Get()
  @Authorize(NoticesPolicies.publish)
  @ApiOperation({
    operationId: 'listWebhookEndpoints',
    summary: 'List the partners’ webhook endpoints (without their secrets)',
  })
  @ApiOkResponse({ type: WebhookEndpointPageDto })
  @ApiProblemResponses(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: PageQueryDto,
  ): Promise<WebhookEndpointPageDto> {
    const page = await this.listEndpoints.execute({ actor, page: query });
    return { items: page.items.map(WebhookEndpointDto.from), nextCursor: page.nextCursor };
  }
}
