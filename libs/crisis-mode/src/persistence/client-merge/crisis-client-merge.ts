import {
  SqlClientMergeParticipant,
  type ClientKeyedTable,
  type EntityManagerAccessor,
} from '@lavterskel/kernel/typeorm';

/**
 * Crisis mode's records of a client, moved when a pseudonymous client is merged into an
 * identified one: follow-up tasks, exceptions and language follow-up of notices.
 */
export const CRISIS_CLIENT_TABLES: readonly ClientKeyedTable[] = [
  { table: 'crisis.follow_up_tasks' },
  { table: 'crisis.crisis_exceptions' },
  { table: 'crisis.notice_language_follow_up', key: 'notice_id', uniqueWith: ['notice_id'] },
];

/** Crisis mode's ClientMergeParticipant, on the caller's transaction. */
export function crisisClientMergeParticipant(
  manager: EntityManagerAccessor,
): SqlClientMergeParticipant {
  return new SqlClientMergeParticipant('crisis-mode', CRISIS_CLIENT_TABLES, manager);
}
