import { Policies } from '@lavterskel/kernel/nest';

/** Who may do what with groups. Need-to-know on clients is checked by the use cases. */
export const GroupsPolicies = {
  /** Run groups: create and change them, seat members, record attendance. */
  manage: Policies.anyRole('staff', 'team-lead'),
  /** See groups, cohorts and sessions. */
  read: Policies.anyRole('staff', 'team-lead', 'crisis-coordinator'),
  /** Contact tracing (still needs a care relation or break-the-glass, and a legal basis). */
  traceExposure: Policies.anyRole('staff', 'team-lead', 'crisis-coordinator'),
  /** Apply and restore a cohort size for many groups. */
  arrange: Policies.anyRole('crisis-coordinator'),
};
