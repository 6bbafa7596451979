import { Policies } from '@lavterskel/kernel/nest';

/** Who may call this library's routes; record-level need-to-know is the use cases' job. */
export const CrisisPolicies = {
  /** Prepare plans, change the level. */
  coordinate: Policies.anyRole('crisis-coordinator'),
  /** Read plans, the level in force, its history and the policy of a service. */
  read: Policies.anyRole('staff', 'team-lead', 'crisis-coordinator', 'privacy-officer'),
  /** Record an individual exception for a client one follows. */
  assess: Policies.anyRole('staff', 'team-lead', 'crisis-coordinator'),
};
