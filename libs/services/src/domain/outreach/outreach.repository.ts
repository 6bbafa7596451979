import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { Mission } from './mission';
import type { OutreachContact } from './outreach-contact';
import type { OutreachPlace } from './outreach-place';
import type { OutreachRequest, RequestStatus } from './outreach-request';

export interface OutreachRepository {
  insertPlace(place: OutreachPlace): Promise<void>;
  findPlace(tenantId: TenantId, id: string): Promise<OutreachPlace | null>;
  listPlaces(
    filter: PageRequest & { tenantId: TenantId; serviceId?: string },
  ): Promise<Page<OutreachPlace>>;

  insertRequest(request: OutreachRequest): Promise<void>;
  findRequest(tenantId: TenantId, id: string): Promise<OutreachRequest | null>;
  /** Moves the request from `from` to `to`; false when it was not in `from` any more. */
  moveRequest(request: {
    tenantId: TenantId;
    id: string;
    from: RequestStatus;
    to: RequestStatus;
  }): Promise<boolean>;
  /** A service's requests, oldest first (the queue). */
  listRequests(
    filter: PageRequest & { tenantId: TenantId; serviceId: string; status?: RequestStatus },
  ): Promise<Page<OutreachRequest>>;

  insertMission(mission: Mission): Promise<void>;
  findMission(tenantId: TenantId, id: string): Promise<Mission | null>;
  /** Stores `mission` if the stored version is still `expectedVersion`; false when it has changed. */
  updateMission(mission: Mission, expectedVersion: number): Promise<boolean>;

  insertContact(contact: OutreachContact): Promise<void>;
  /** A client's contacts, newest first. */
  listContactsForClient(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<OutreachContact>>;
}
