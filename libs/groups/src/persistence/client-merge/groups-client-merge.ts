import {
  SqlClientMergeParticipant,
  type ClientKeyedTable,
  type EntityManagerAccessor,
} from '@lavterskel/kernel/typeorm';

/**
 * The groups library's records of a client (cohort seats, attendance), moved when a pseudonymous
 * client is merged into an identified one. A current seat in a group the survivor also sits in,
 * or attendance at a session the survivor also attended, stays apart.
 */
export const GROUPS_CLIENT_TABLES: readonly ClientKeyedTable[] = [
  {
    table: 'groups.membership',
    uniqueWith: ['group_id'],
    uniqueWhere: (row) => `${row}."status" <> 'left'`,
  },
  { table: 'groups.attendance', uniqueWith: ['session_id'] },
];

/** The groups library's ClientMergeParticipant, on the caller's transaction. */
export function groupsClientMergeParticipant(
  manager: EntityManagerAccessor,
): SqlClientMergeParticipant {
  return new SqlClientMergeParticipant('groups', GROUPS_CLIENT_TABLES, manager);
}
