import { Policies } from '@lavterskel/kernel/nest';

/** Who may call this library's routes; record-level need-to-know is the use cases' job. */
export const CrisisPolicies = {
  /** Prepare plans, change the level. */
  coordinate: Policies.anyRole('crisis-coordinator'),
  /** Read plans, the level in force, its history and the policy of a service. */
  read: Policies.anyRole('staff', 'team-lead', 'crisis-coordinator', 'privacy-officer'),
  /** Record an individual exception for a client one follows. */
  assess: Policies.anyRole('staff', 'team-lead', 'crisis-coordinator'),
  /** The crisis overview: priority list, staffing report and back-up assignments (CR-4, CR-5). */
  reports: Policies.anyRole('crisis-coordinator', 'team-lead'),
};
