import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { ApiConfig } from '../config/api-config';

/**
 * The API's one logger: JSON lines (or pretty on a developer's terminal). Headers that carry
 * credentials are censored should anything ever log them; request logs carry no headers,
 * bodies or query strings at all (see request-logging.ts).
 */
export function createLogger(
  config: Pick<ApiConfig, 'logging' | 'production'>,
  destination?: DestinationStream,
): Logger {
  const format =
    config.logging.format ?? (!config.production && process.stdout.isTTY ? 'pretty' : 'json');
  return pino(
    {
      level: config.logging.level,
      base: { service: 'lavterskel-api' },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
        censor: '[redacted]',
      },
    },
    destination ??
      (format === 'pretty' ? pretty({ sync: true }) : pino.destination({ sync: false })),
  );
}

// Nest's own start-up chatter (one line per module and route): kept for debugging only.
const CHATTY_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
]);

/** Nest's Logger on pino, so the framework's messages are JSON lines too. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.write(CHATTY_CONTEXTS.has(context ?? '') ? 'debug' : 'info', message, context);
  }
  /** Nest passes (message, stack, context), (message, stack) or (message, context). */
  error(message: unknown, first?: string, second?: string): void {
    const stack = second !== undefined || first?.includes('\n') ? first : undefined;
    const context = second ?? (stack === undefined ? first : undefined);
    this.logger.error({ context, stack }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(
    level: 'fatal' | 'warn' | 'info' | 'debug' | 'trace',
    message: unknown,
    context?: string,
  ) {
    this.logger[level]({ context }, String(message));
  }
}
