/** The CHECK every table carries: tenant ids are kommunenummer. */
export const TENANT_CHECK = `"tenant_id" ~ '^[0-9]{4}$'`;
