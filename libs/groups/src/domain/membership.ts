import type { TenantId } from '@lavterskel/kernel';
import type { TimeSlot } from './schedule';

/** `active`: in exactly one cohort. `waitlisted`: waiting for a seat. `left`: no longer a member. */
export type MembershipStatus = 'active' | 'waitlisted' | 'left';

/** A client's membership of a group (GR-2). A client has at most one that is not `left` per group. */
export interface Membership {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly groupId: string;
  readonly clientId: string;
  readonly status: MembershipStatus;
  /** Set exactly when `status` is `active`. */
  readonly cohortId: string | null;
  /** The slot the client would rather meet in, honoured where possible. */
  readonly preferredSlot: TimeSlot | null;
  readonly joinedAt: Date;
  /** When the client joined the waitlist; orders promotion (first come, first served). */
  readonly waitlistedAt: Date | null;
  readonly leftAt: Date | null;
  readonly version: number;
}
