import {
  SqlClientMergeParticipant,
  type ClientKeyedTable,
  type EntityManagerAccessor,
} from '@lavterskel/kernel/typeorm';

/**
 * The consent library's records of a client, moved when a pseudonymous client is merged into an
 * identified one. They are append-only; their trigger lets a merge change the client id and
 * nothing else (migration ClientMergeAppendOnly).
 */
export const CONSENT_CLIENT_TABLES: readonly ClientKeyedTable[] = [
  { table: 'consent.consent' },
  { table: 'consent.sharing_decision' },
  { table: 'consent.disclosure' },
];

/** The consent library's ClientMergeParticipant, on the caller's transaction. */
export function consentClientMergeParticipant(
  manager: EntityManagerAccessor,
): SqlClientMergeParticipant {
  return new SqlClientMergeParticipant('consent', CONSENT_CLIENT_TABLES, manager);
}
