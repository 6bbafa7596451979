import {
  SqlClientMergeParticipant,
  type ClientKeyedTable,
  type EntityManagerAccessor,
} from '@lavterskel/kernel/typeorm';

/**
 * This library's records of a client, moved when a pseudonymous client is merged into an
 * identified one. What stays with the merged record: its status history and the application it
 * came through (the history of that record) and its search words (its own names); so does a
 * one-per-client record (crisis plan, clinical profile, individual plan, responsibility group)
 * when the survivor has one, and an active vulnerability flag the survivor also has. A plan's
 * versions and a group's members and meetings follow their parent (ON UPDATE CASCADE).
 */
export const CLIENTS_CLIENT_TABLES: readonly ClientKeyedTable[] = [
  { table: 'clients.encounter' },
  { table: 'clients.session_feedback' },
  { table: 'clients.handover_note' },
  { table: 'clients.vedtak' },
  { table: 'clients.relative' },
  {
    table: 'clients.vulnerability_flag',
    uniqueWith: ['code'],
    uniqueWhere: (row) => `${row}."cleared_at" IS NULL`,
  },
  { table: 'clients.crisis_plan', key: 'client_id', uniqueWith: [] },
  { table: 'clients.clinical_profile', key: 'client_id', uniqueWith: [] },
  { table: 'clients.individual_plan', key: 'client_id', uniqueWith: [] },
  { table: 'clients.responsibility_group', key: 'client_id', uniqueWith: [] },
];

/** This library's own ClientMergeParticipant, on the caller's transaction. */
export function clientsClientMergeParticipant(
  manager: EntityManagerAccessor,
): SqlClientMergeParticipant {
  return new SqlClientMergeParticipant('clients', CLIENTS_CLIENT_TABLES, manager);
}
