import type { Actor, Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { IsoDate } from '../shared/calendar';
import type { Prescription, PrescriptionTransfer } from './prescription';

export interface PrescriptionRepository {
  insert(prescription: Prescription): Promise<void>;
  /** `forUpdate` locks the row until the transaction ends (transfers of one prescription queue up). */
  findById(
    tenantId: TenantId,
    id: string,
    options?: { forUpdate?: boolean },
  ): Promise<Prescription | null>;
  /**
   * Optional: `findById` in the actor's municipality with whether the actor has a care relation
   * to its client, in one round trip. Without it the relation is asked afterwards.
   */
  findByIdInCare?(
    actor: Actor,
    id: string,
  ): Promise<{ prescription: Prescription; inCare: boolean } | null>;
  /** A client's prescriptions, newest start first. */
  listForClient(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<Prescription>>;
  /** A service's prescriptions valid on `day`. */
  validOn(tenantId: TenantId, serviceId: string, day: IsoDate): Promise<Prescription[]>;
  insertTransfer(transfer: PrescriptionTransfer): Promise<void>;
  /** The transfers of these prescriptions, earliest first. */
  transfersOf(
    tenantId: TenantId,
    prescriptionIds: readonly string[],
  ): Promise<PrescriptionTransfer[]>;
}
