import {
  SqlClientMergeParticipant,
  type ClientKeyedTable,
  type EntityManagerAccessor,
} from '@lavterskel/kernel/typeorm';

/**
 * The services library's records of a client, moved when a pseudonymous client is merged into
 * an identified one. An open enrolment in a service the survivor is also enrolled in stays apart.
 */
export const SERVICES_CLIENT_TABLES: readonly ClientKeyedTable[] = [
  {
    table: 'services.enrolment',
    uniqueWith: ['service_id'],
    uniqueWhere: (row) => `${row}."ended_on" IS NULL`,
  },
  { table: 'services.prescription' },
  // Append-only: its trigger lets a merge change the client id and nothing else.
  { table: 'services.dispensing_event' },
  { table: 'services.distribution_record' },
  { table: 'services.health_measure' },
  { table: 'services.outreach_request' },
  { table: 'services.mission' },
  { table: 'services.outreach_contact' },
  { table: 'services.escalation' },
  // Its status history hangs on the referral's id, which stays.
  { table: 'services.referral' },
];

/** The services library's ClientMergeParticipant, on the caller's transaction. */
export function servicesClientMergeParticipant(
  manager: EntityManagerAccessor,
): SqlClientMergeParticipant {
  return new SqlClientMergeParticipant('services', SERVICES_CLIENT_TABLES, manager);
}
