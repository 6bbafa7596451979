import type { TenantId } from '@lavterskel/kernel';
import type { MemberConsent, ResponsibilityGroup } from './responsibility-group';
import type { GroupMeeting } from './responsibility-group-meeting';

/** Port: one responsibility group per client, and its meetings. Tenant-scoped. */
export interface ResponsibilityGroupRepository {
  /** `forUpdate` locks the group's row until the transaction ends. */
  find(
    tenantId: TenantId,
    clientId: string,
    options?: { forUpdate?: boolean },
  ): Promise<ResponsibilityGroup | null>;
  /** Throws `clients.responsibility-group-exists` when the client has one. */
  insert(tenantId: TenantId, group: ResponsibilityGroup): Promise<void>;
  /** Replaces the group if its version is `expectedVersion` (else `staleVersion()`); returns it at the next. */
  update(
    tenantId: TenantId,
    group: ResponsibilityGroup,
    expectedVersion: number,
  ): Promise<ResponsibilityGroup>;
  /** Stores newly asked consents of external members by member id; the group's version stays. */
  updateConsents(
    tenantId: TenantId,
    clientId: string,
    consents: ReadonlyMap<string, MemberConsent>,
  ): Promise<void>;
  insertMeeting(tenantId: TenantId, meeting: GroupMeeting): Promise<void>;
  findMeeting(
    tenantId: TenantId,
    clientId: string,
    meetingId: string,
    options?: { forUpdate?: boolean },
  ): Promise<GroupMeeting | null>;
  /** Stores the minutes of a held meeting. */
  recordMinutes(tenantId: TenantId, meeting: GroupMeeting): Promise<void>;
  /** Every meeting of the client's group (a few a year), latest scheduled first. */
  listMeetings(tenantId: TenantId, clientId: string): Promise<GroupMeeting[]>;
}
