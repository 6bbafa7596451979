import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  TypeOrmHealthIndicator,
  type HealthCheckResult,
} from '@nestjs/terminus';
import { ApiProblemResponse, ProblemException, Public } from '@lavterskel/kernel/nest';
import { ShutdownState } from './shutdown-state';

@ApiTags('health')
@Public()
@ApiProblemResponse(400, 'The query is too deep, too large or not text (checked on every route).')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly shutdown: ShutdownState,
  ) {}

  @Get('live')
  @ApiOperation({
    operationId: 'checkLiveness',
    summary: 'The process is up (no dependencies checked).',
  })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({
    operationId: 'checkReadiness',
    summary: 'The API can serve requests: the database answers and the API is not stopping.',
  })
  @ApiOkResponse({ schema: { example: { status: 'ok', info: { database: { status: 'up' } } } } })
  @ApiProblemResponse(503, 'A dependency is down (`checks` says which), or the API is stopping.')
  async ready(): Promise<HealthCheckResult> {
    if (this.shutdown.shuttingDown) {
      throw new ProblemException({
        status: 503,
        code: 'health.shutting-down',
        title: 'Service Unavailable',
        detail: 'The API is stopping: send new requests to another instance.',
      });
    }
    try {
      return await this.health.check([
        () => this.database.pingCheck('database', { timeout: 2000 }),
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      throw new ProblemException({
        status: 503,
        code: 'health.not-ready',
        title: 'Service Unavailable',
        detail: 'A dependency of the API is down.',
        extensions: { checks: (error.getResponse() as { details?: unknown }).details },
      });
    }
  }
}
