/**
 * SQL for "the instant `param` (an Oslo day, `YYYY-MM-DD`) begins", so that a filter on Oslo
 * days compares timestamps and can use an index: `occurred_at >= osloDayStart(':from')`.
 */
export function osloDayStart(param: string): string {
  return `((${param})::date::timestamp AT TIME ZONE 'Europe/Oslo')`;
}

/** SQL for the instant the Oslo day after `param` begins. */
export function osloDayEnd(param: string): string {
  return `(((${param})::date + 1)::timestamp AT TIME ZONE 'Europe/Oslo')`;
}
