import { Policies } from '@lavterskel/kernel/nest';

/** Who may call this library's routes; need-to-know on a client's data is checked by the use cases. */
export const ServicesPolicies = {
  /** The catalogue, partners and outreach places: anyone who works in the municipality's services. */
  readCatalogue: Policies.anyRole('staff', 'team-lead', 'crisis-coordinator', 'privacy-officer'),
  /** Setting up services, teams, partners and staff. */
  manage: Policies.anyRole('team-lead'),
  /** Switching a service's mode. */
  changeMode: Policies.anyRole('crisis-coordinator', 'team-lead'),
  /** Staff records and the staffing query (sick leave is personal data). */
  staffing: Policies.anyRole('team-lead', 'crisis-coordinator'),
  /** Work with clients: enrolment, dispensing, distribution, outreach, escalation, health measures. */
  careWork: Policies.anyRole('staff', 'team-lead'),
  /** Counts without personal data. */
  reports: Policies.anyRole('staff', 'team-lead', 'crisis-coordinator'),
};
