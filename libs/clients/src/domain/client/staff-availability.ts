import type { TenantId } from '@lavterskel/kernel';

/**
 * Port: who of the staff is away (sick, on leave, quarantined, lent to a partner) at a given
 * time. The services library knows staff availability (SV-2); the application wires it here so
 * that a caseload shows who covers for an absent primary contact (CL-4).
 */
export interface StaffAvailability {
  /** The subjects among `staff` who are away at `at`. */
  absentAmong(request: {
    tenantId: TenantId;
    staff: readonly string[];
    at: Date;
  }): Promise<ReadonlySet<string>>;
}

/** For applications that do not track availability: nobody is ever away. */
export const everyoneAvailable: StaffAvailability = {
  absentAmong: async () => new Set<string>(),
};
