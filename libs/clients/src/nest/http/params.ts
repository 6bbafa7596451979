import { Param, type PipeTransform } from '@nestjs/common';
import { parseUuid } from '@lavterskel/kernel';
import { Violations } from '../../domain/shared/violations';

/** A UUID path parameter; anything else is a 400 naming the parameter (`rule: uuid`). */
export function IdParam(name: string): ParameterDecorator {
  const pipe: PipeTransform<string, string> = { transform: (value) => parseUuid(value, name) };
  return Param(name, pipe);
}

/** A path parameter from a closed list of codes; anything else is a 400 naming the parameter (`rule: isIn`). */
export function CodeParam(name: string, codes: readonly string[]): ParameterDecorator {
  const pipe: PipeTransform<string, string> = {
    transform: (value) => {
      if (!codes.includes(value))
        new Violations().add(name, 'isIn', `must be one of: ${codes.join(', ')}`).throwIfAny();
      return value;
    },
  };
  return Param(name, pipe);
}
