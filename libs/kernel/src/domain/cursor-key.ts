import { textFault } from './text';
import { isUuid } from './uuid';

/**
 * What one part of a keyset cursor must be, so that a forged cursor is refused as a 400
 * before it reaches SQL (where `'a1'::uuid` or an impossible date would be a 500).
 * A list of strings is an enumeration: the part must be one of them.
 */
export type CursorPartKind =
  | 'uuid'
  | 'timestamp'
  | 'date'
  | 'time'
  | 'smallint'
  | 'integer'
  | 'bigint'
  | 'number'
  | 'text'
  | readonly string[];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?$/;
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(.+?)(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

export function isCursorPart(part: string | number, kind: CursorPartKind): boolean {
  if (typeof kind !== 'string') return typeof part === 'string' && kind.includes(part);
  switch (kind) {
    case 'uuid':
      return isUuid(part);
    case 'timestamp':
      return typeof part === 'string' && isTimestamp(part);
    case 'date':
      return typeof part === 'string' && isCalendarDate(part);
    case 'time':
      return typeof part === 'string' && TIME.test(part);
    case 'smallint':
      return Number.isInteger(part) && Math.abs(Number(part)) <= 32_767;
    case 'integer':
      return Number.isInteger(part) && Math.abs(Number(part)) <= 2_147_483_647;
    case 'bigint':
      return Number.isSafeInteger(part);
    case 'number':
      return typeof part === 'number' && Number.isFinite(part);
    case 'text':
      return typeof part === 'string' && textFault(part) === undefined;
  }
}

function isTimestamp(value: string): boolean {
  const match = TIMESTAMP.exec(value);
  return match !== null && isCalendarDate(match[1] ?? '') && TIME.test(match[2] ?? '');
}

/** A real day of years 1–9999 (PostgreSQL refuses year 0 and 30 February). */
function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}
