import type { ValueTransformer } from 'typeorm';

/** The CHECK every table carries: tenant ids are kommunenummer. */
export const TENANT_CHECK = `"tenant_id" ~ '^[0-9]{4}$'`;

/** PostgreSQL `numeric` arrives as a string; doses are numbers in the domain. */
export const numericNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
