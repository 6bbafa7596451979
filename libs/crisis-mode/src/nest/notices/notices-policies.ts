import { Policies } from '@lavterskel/kernel/nest';

/** Who may call the notice routes (CR-6). */
export const NoticesPolicies = {
  /** Publishing notices and registering partners' endpoints. */
  publish: Policies.anyRole('crisis-coordinator'),
  /** Reading notices and who has acknowledged them: anyone who works in the services. */
  read: Policies.anyRole('staff', 'team-lead', 'crisis-coordinator'),
  /** Acknowledging: a service's team for its service, a coordinator for anyone. */
  acknowledge: Policies.anyRole('staff', 'team-lead', 'crisis-coordinator'),
  /** Clients to follow up in person: coordinators see all, others the clients they serve. */
  languageFollowUp: Policies.anyRole('staff', 'team-lead', 'crisis-coordinator'),
};
