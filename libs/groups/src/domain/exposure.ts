import type { Actor } from '@lavterskel/kernel';

/** A session both clients attended. */
export interface SharedSession {
  readonly sessionId: string;
  readonly groupId: string;
  readonly cohortId: string;
  /** `YYYY-MM-DD`, Oslo date. */
  readonly date: string;
  readonly startTime: string;
}

/** Another client who was present at a session with the index client. */
export interface ExposureContact {
  readonly clientId: string;
  readonly sessions: readonly SharedSession[];
}

/** GR-6: who shared a session with the index client between two dates. */
export interface ExposureReport {
  readonly clientId: string;
  readonly from: string;
  readonly to: string;
  /** The consent or legal basis the disclosure checker gave. */
  readonly legalBasis: string;
  readonly contacts: readonly ExposureContact[];
}

export interface ExposureDisclosureRequest {
  readonly actor: Actor;
  /** The index client, whose sessions and contacts would be disclosed. */
  readonly clientId: string;
  readonly from: string;
  readonly to: string;
  readonly purpose: 'contact-tracing';
}

export type ExposureDisclosureDecision =
  | {
      readonly permitted: true;
      /** e.g. the consent id, or the legal provision relied on. */ readonly basis: string;
    }
  | { readonly permitted: false; readonly reason: string };

/**
 * Port (GR-6): may the exposure list about a client be disclosed to this actor for contact
 * tracing? The application answers it with its consent service (CO-2); this library never
 * discloses without a `permitted` answer.
 */
export interface ExposureDisclosureCheck {
  check(request: ExposureDisclosureRequest): Promise<ExposureDisclosureDecision>;
}

/** One row per (contact, shared session), as the attendance repository finds them. */
export interface ExposureRow extends SharedSession {
  readonly contactClientId: string;
}

/** Groups rows by contact: contacts by id, each contact's sessions by date. */
export function exposureContacts(rows: readonly ExposureRow[]): ExposureContact[] {
  const byContact = new Map<string, SharedSession[]>();
  for (const { contactClientId, ...session } of rows) {
    byContact.set(contactClientId, [...(byContact.get(contactClientId) ?? []), session]);
  }
  return [...byContact]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([clientId, sessions]) => ({
      clientId,
      sessions: [...sessions].sort((a, b) =>
        `${a.date} ${a.startTime}`.localeCompare(`${b.date} ${b.startTime}`),
      ),
    }));
}
