import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { CooperationMeeting } from './cooperation-meeting';
import type { Escalation } from './escalation';

export interface CooperationRepository {
  insertMeeting(meeting: CooperationMeeting): Promise<void>;
  /** A service's meetings, newest first. */
  listMeetings(
    tenantId: TenantId,
    serviceId: string,
    page: PageRequest,
  ): Promise<Page<CooperationMeeting>>;
  insertEscalation(escalation: Escalation): Promise<void>;
  findEscalation(tenantId: TenantId, id: string): Promise<Escalation | null>;
  /** Stores `escalation` if the stored version is still `expectedVersion`; false when it has changed. */
  updateEscalation(escalation: Escalation, expectedVersion: number): Promise<boolean>;
  /** A client's escalations, newest first. */
  listEscalationsForClient(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<Escalation>>;
}
