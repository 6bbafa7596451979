import type { FieldViolation } from '../../domain/domain-error';
import { textFault } from '../../domain/text';

/** Limits checked on every body, query and path parameter before anything else reads them. */
export interface InputBounds {
  /** Nesting of objects and arrays; deeper JSON would overflow recursive code. */
  maxDepth: number;
  /** Items of one array: the largest any DTO accepts is 1000. */
  maxArrayLength: number;
  /** Values in the whole input, so validation stays cheap and the event loop free. */
  maxValues: number;
}

export const DEFAULT_INPUT_BOUNDS: InputBounds = {
  maxDepth: 32,
  maxArrayLength: 1000,
  maxValues: 20_000,
};

export function textViolation(value: string, field: string): FieldViolation | undefined {
  const fault = textFault(value);
  if (!fault) return undefined;
  return fault === 'nul'
    ? { field, rule: 'no-nul', message: 'must not contain a NUL character' }
    : {
        field,
        rule: 'unpaired-surrogate',
        message: 'must be valid Unicode text (no lone UTF-16 surrogate)',
      };
}

/**
 * The first way `input` breaks the bounds, or undefined. Walks iteratively: the input
 * may be nested deeper than the call stack allows.
 */
export function inputBoundsViolation(
  input: unknown,
  root = '',
  bounds: InputBounds = DEFAULT_INPUT_BOUNDS,
): FieldViolation | undefined {
  const pending: { value: unknown; field: string; depth: number }[] = [
    { value: input, field: root, depth: 0 },
  ];
  let values = 0;
  while (pending.length > 0) {
    const { value, field, depth } = pending.pop() as {
      value: unknown;
      field: string;
      depth: number;
    };
    const name = field || 'body';
    if (++values > bounds.maxValues) {
      return {
        field: root || 'body',
        rule: 'max-values',
        message: `must hold at most ${bounds.maxValues} values`,
      };
    }
    if (typeof value === 'string') {
      const violation = textViolation(value, name);
      if (violation) return violation;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= bounds.maxDepth) {
      return {
        field: name,
        rule: 'max-depth',
        message: `must not nest deeper than ${bounds.maxDepth} levels`,
      };
    }
    if (Array.isArray(value)) {
      if (value.length > bounds.maxArrayLength) {
        return {
          field: name,
          rule: 'max-items',
          message: `must have at most ${bounds.maxArrayLength} items`,
        };
      }
      value.forEach((item, i) =>
        pending.push({ value: item, field: `${field}[${i}]`, depth: depth + 1 }),
      );
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      const path = field ? `${field}.${key}` : key;
      const violation = textViolation(key, path);
      if (violation) return { ...violation, message: `property name ${violation.message}` };
      pending.push({ value: item, field: path, depth: depth + 1 });
    }
  }
  return undefined;
}
