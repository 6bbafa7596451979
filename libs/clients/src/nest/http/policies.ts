import { Policies } from '@lavterskel/kernel/nest';

/** Staff who follow clients up; need-to-know is then checked per client by the use case. */
export const FOLLOW_UP_STAFF = Policies.anyRole('staff', 'team-lead');
