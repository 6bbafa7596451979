/** Column checks every table of the schema shares. */
export const TENANT_ID_CHECK = `"tenant_id" ~ '^[0-9]{4}$'`;

/** `"column" IN ('a', 'b')` for a check constraint over a closed list of codes. */
export function oneOf(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((value) => `'${value}'`).join(', ')})`;
}

/** `"column" <@ ARRAY['a', 'b']::varchar[]` for a check constraint over an array of codes. */
export function allOf(column: string, values: readonly string[]): string {
  return `"${column}" <@ ARRAY[${values.map((value) => `'${value}'`).join(', ')}]::varchar[]`;
}
