import { Param, ParseUUIDPipe } from '@nestjs/common';
import { KernelError, KernelErrorCode } from '../../domain/kernel-error';

/** A UUID path parameter; anything else is a 400 problem naming the parameter and the rule. */
export function UuidParam(name: string): ParameterDecorator {
  return Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new KernelError(KernelErrorCode.InvalidId, `${name} must be a UUID.`, [
          { field: name, rule: 'uuid', message: 'must be a UUID' },
        ]),
    }),
  );
}
