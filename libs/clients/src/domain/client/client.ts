import type { TenantId } from '@lavterskel/kernel';
import type { NationalIdKind } from '../national-id/national-id';
import type { VulnerabilityFlagCode } from '../vulnerability/vulnerability-flag';
import type { ClientStatus } from './client-status';

export const CONTACT_CHANNEL_KINDS = [
  'mobile',
  'landline',
  'email',
  'postal-address',
  'meeting-place',
] as const;
export type ContactChannelKind = (typeof CONTACT_CHANNEL_KINDS)[number];

/** One way to reach the client: a phone, an address, or a place they can usually be met. */
export interface ContactChannel {
  readonly kind: ContactChannelKind;
  readonly value: string;
  readonly note: string | null;
}

/**
 * Who the client is and how to reach them (CL-1). A client is identified by a fødselsnummer
 * or D-nummer, or pseudonymous: an alias and a birth year, for anonymous low-threshold contact.
 */
export interface ClientDetails {
  readonly nationalId: string | null;
  readonly givenName: string | null;
  readonly familyName: string | null;
  readonly alias: string | null;
  readonly birthYear: number | null;
  /** `YYYY-MM-DD`; entered by staff, never derived from the national id. */
  readonly birthDate: string | null;
  readonly contactChannels: readonly ContactChannel[];
  /** BCP 47 language tag, e.g. `nb`, `ar`, `ti`. */
  readonly preferredLanguage: string | null;
  readonly interpreterNeeded: boolean;
}

export interface Client extends ClientDetails {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly nationalIdKind: NationalIdKind | null;
  readonly status: ClientStatus;
  /** Subject (token `sub`) of the staff member who is the client's primary contact (CL-4). */
  readonly primaryContact: string;
  /** Subject of the back-up contact, who covers when the primary is away. */
  readonly backupContact: string | null;
  /** The simple application the client came through, if any (CL-2). */
  readonly applicationId: string | null;
  /** Active vulnerability flags (CL-10). */
  readonly vulnerabilityFlags: readonly VulnerabilityFlagCode[];
  /** Set while the client stands merged into another (the survivor's id); absent otherwise. */
  readonly mergedInto?: string;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** What a list shows of a client: enough to recognise them, nothing clinical. */
export interface ClientSummary {
  readonly id: string;
  readonly givenName: string | null;
  readonly familyName: string | null;
  readonly alias: string | null;
  readonly birthYear: number | null;
  readonly status: ClientStatus;
  readonly primaryContact: string;
  readonly backupContact: string | null;
}

export function summaryOf(client: Client): ClientSummary {
  const { id, givenName, familyName, alias, birthYear, status, primaryContact, backupContact } =
    client;
  return { id, givenName, familyName, alias, birthYear, status, primaryContact, backupContact };
}

export const EMPTY_CLIENT_DETAILS: ClientDetails = {
  nationalId: null,
  givenName: null,
  familyName: null,
  alias: null,
  birthYear: null,
  birthDate: null,
  contactChannels: [],
  preferredLanguage: null,
  interpreterNeeded: false,
};
