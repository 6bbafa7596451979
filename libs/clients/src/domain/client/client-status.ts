import { ClientsError, ClientsErrorCode } from '../clients-error';

/** The client's lifecycle (CL-3). Every client starts as `applicant`. */
export const CLIENT_STATUSES = ['applicant', 'active', 'paused', 'discharged'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

/**
 * The state machine: applicant → active → paused → discharged. A pause ends by going back to
 * active; an applicant who never starts is discharged; a discharged client may come back
 * (re-admission is active again: low threshold, no new waiting line).
 */
const TRANSITIONS: Readonly<Record<ClientStatus, readonly ClientStatus[]>> = {
  applicant: ['active', 'discharged'],
  active: ['paused', 'discharged'],
  paused: ['active', 'discharged'],
  discharged: ['active'],
};

export function allowedTransitions(from: ClientStatus): readonly ClientStatus[] {
  return TRANSITIONS[from];
}

/** Throws `clients.illegal-status-transition`, listing the allowed next states, unless `from → to` is allowed. */
export function assertTransition(from: ClientStatus, to: ClientStatus): void {
  const allowed = allowedTransitions(from);
  if (!allowed.includes(to)) {
    throw new ClientsError(
      ClientsErrorCode.IllegalStatusTransition,
      `A client cannot go from ${from} to ${to}; allowed: ${allowed.join(', ')}.`,
      [
        {
          field: 'status',
          rule: 'allowed-transition',
          message: `must be one of: ${allowed.join(', ')}`,
        },
      ],
      { from, to, allowedTransitions: [...allowed] },
    );
  }
}

/** One step in a client's status history. `from` is null for the first status. */
export interface StatusChange {
  readonly id: string;
  readonly clientId: string;
  readonly from: ClientStatus | null;
  readonly to: ClientStatus;
  readonly reason: string | null;
  readonly changedBy: string;
  readonly changedAt: Date;
}
