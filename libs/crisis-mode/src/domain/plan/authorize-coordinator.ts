import { hasAnyRole, type Actor } from '@lavterskel/kernel';
import { CrisisModeError, CrisisModeErrorCode } from '../crisis-mode-error';

/** Roles that may prepare plans and change the crisis level (CR-2). */
export const COORDINATOR_ROLES = ['crisis-coordinator'] as const;

/**
 * The HTTP layer checks roles per route; use cases check again, so a host that calls them
 * directly cannot change a municipality's level on a staff member's behalf.
 */
export function assertCoordinator(actor: Actor): void {
  if (!hasAnyRole(actor, COORDINATOR_ROLES)) {
    throw new CrisisModeError(
      CrisisModeErrorCode.NotCoordinator,
      'Only a crisis coordinator may do this.',
    );
  }
}
