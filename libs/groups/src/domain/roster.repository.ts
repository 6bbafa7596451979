import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { Membership, MembershipStatus } from './membership';
import type { Roster, RosterChanges } from './roster';

/** Which groups an arrangement covers: some services' groups, every group, or the groups under one arrangement. */
export type RosterScope = { serviceIds: readonly string[] | null } | { arrangementId: string };

export interface MemberListQuery extends PageRequest {
  tenantId: TenantId;
  groupId: string;
  status?: MembershipStatus;
}

/** Port: a group's cohorts and memberships. Every write happens under the group's row lock. */
export interface RosterRepository {
  /** Locks the group row until the transaction ends and loads its roster; null when not in this tenant. */
  lock(tenantId: TenantId, groupId: string): Promise<Roster | null>;
  /** Locks every group in scope (in id order, so concurrent callers cannot deadlock) and loads their rosters. */
  lockAll(tenantId: TenantId, scope: RosterScope): Promise<Roster[]>;
  /** Every roster in scope without a lock, for a preview (in group id order). */
  readAll(tenantId: TenantId, scope: RosterScope): Promise<Roster[]>;
  /** The roster without a lock, for reading. */
  read(tenantId: TenantId, groupId: string): Promise<Roster | null>;
  save(tenantId: TenantId, changes: RosterChanges): Promise<void>;
  /** The client's latest membership of the group, whatever its status. */
  findMembership(tenantId: TenantId, groupId: string, clientId: string): Promise<Membership | null>;
  /** Members by join time, then id. */
  listMembers(query: MemberListQuery): Promise<Page<Membership>>;
}
