// The municipality generator (issue 12 item 1) fills each bench database.
/* eslint-disable @nx/enforce-module-boundaries */
import { seedMunicipality, type SeedSummary } from '../../../seed/src/seed-municipality';
/* eslint-enable @nx/enforce-module-boundaries */

export const TENANT = '4003';

export interface MunicipalitySize {
  clients: number;
  /** One per 50 clients unless told otherwise (issue 12). */
  staff: number;
  groups: number;
  contactsPerClient: number;
}

/** A municipality of `clients` clients with 1 staff member per 50 and 1 group per 20 clients. */
export function municipality(clients: number, contactsPerClient: number): MunicipalitySize {
  return {
    clients,
    staff: Math.max(10, Math.round(clients / 50)),
    groups: Math.max(1, Math.round(clients / 20)),
    contactsPerClient,
  };
}

export async function seed(databaseUrl: string, size: MunicipalitySize): Promise<SeedSummary> {
  return seedMunicipality({
    databaseUrl,
    tenant: TENANT,
    clients: size.clients,
    staff: size.staff,
    groups: size.groups,
    contactsPerClient: size.contactsPerClient,
    seed: 42,
    progress: process.stderr.isTTY,
  });
}

export type { SeedSummary };
