/** The `Date` of an optional timestamp field (already checked by `IsTimestamp`). */
export function optionalDate(value: string | undefined): Date | undefined {
  return value === undefined ? undefined : new Date(value);
}
