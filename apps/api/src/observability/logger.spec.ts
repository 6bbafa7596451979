import { createLogger, NestPinoLogger } from './logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger(
    { logging: { level: 'debug', format: 'json' }, production: true },
    { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  return { lines, nest: new NestPinoLogger(logger), logger };
}

describe("Nest's logger on pino", () => {
  it('writes each level with its context; route mapping chatter only at debug', () => {
    const { lines, nest } = capture();
    nest.log('Nest application successfully started', 'NestApplication');
    nest.log('Mapped {/v1/clients, GET} route', 'RouterExplorer');
    nest.warn('slow', 'Purger');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        context: 'NestApplication',
        msg: 'Nest application successfully started',
      }),
      expect.objectContaining({ level: 20, context: 'RouterExplorer' }),
      expect.objectContaining({ level: 40, context: 'Purger', msg: 'slow' }),
    ]);
  });

  it('tells a stack from a context in error(message, …)', () => {
    const { lines, nest } = capture();
    const stack = 'Error: boom\n    at somewhere';
    nest.error('Unhandled error in request r-1', stack, 'HttpProblemFilter');
    nest.error('Unhandled error in request r-2', stack);
    nest.error('refused', 'AuthGuard');
    expect(lines).toEqual([
      expect.objectContaining({ level: 50, context: 'HttpProblemFilter', stack }),
      expect.objectContaining({ level: 50, msg: 'Unhandled error in request r-2', stack }),
      expect.objectContaining({ level: 50, context: 'AuthGuard', msg: 'refused' }),
    ]);
    expect(lines[1]).not.toHaveProperty('context');
    expect(lines[2]).not.toHaveProperty('stack');
  });

  it('censors credential headers should anything log them', () => {
    const { lines, logger } = capture();
    logger.info(
      { req: { headers: { authorization: 'Bearer abc.def', cookie: 'sid=1', accept: '*/*' } } },
      'x',
    );
    expect(lines[0]?.['req']).toEqual({
      headers: { authorization: '[redacted]', cookie: '[redacted]', accept: '*/*' },
    });
  });
});
