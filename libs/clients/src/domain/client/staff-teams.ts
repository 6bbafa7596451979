import type { TenantId } from '@lavterskel/kernel';

/**
 * Port: the teams a staff member (by token subject) works in at a given time. The services
 * library knows team membership (SV-2); the application wires it here so that a team lead
 * sees the caseloads of their own teams' members only (CL-4, need-to-know).
 */
export interface StaffTeams {
  /** Ids of the teams `subject` is a member of at `at`; empty when unknown. */
  teamsOf(request: { tenantId: TenantId; subject: string; at: Date }): Promise<readonly string[]>;
}

/** For applications that do not track teams: nobody is known to be in a team, so a lead sees only their own caseload. */
export const noKnownTeams: StaffTeams = {
  teamsOf: async () => [],
};
