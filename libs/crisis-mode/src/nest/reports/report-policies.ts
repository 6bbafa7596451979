import { Policies } from '@lavterskel/kernel/nest';

/** The priority list and staffing report are the municipality's crisis overview. */
export const crisisReportPolicy = Policies.anyRole('crisis-coordinator', 'team-lead');
