import { Param, type PipeTransform } from '@nestjs/common';
import { parseUuid } from '../../domain/uuid';

/** A UUID path parameter (lower-cased); anything else is a 400 problem naming the parameter (`rule: uuid`). */
export function UuidParam(name: string): ParameterDecorator {
  const pipe: PipeTransform<string, string> = { transform: (value) => parseUuid(value, name) };
  return Param(name, pipe);
}
