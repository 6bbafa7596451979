import { Param, type PipeTransform } from '@nestjs/common';
import { Violations } from '../../domain/shared/violations';

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
