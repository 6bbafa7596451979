import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { IsoDate } from '../shared/calendar';
import type { DispensingEvent, DispensingVoid } from './dispensing-event';

export interface DispensingRepository {
  /**
   * Throws `services.already-dispensed` when the prescription already has a live event that
   * Oslo day: a unique index decides, so two staff pressing at once get one event, not two.
   */
  insert(event: DispensingEvent): Promise<void>;
  findById(tenantId: TenantId, id: string): Promise<DispensingEvent | null>;
  /** Voids the event if it is still live; false when it was already voided. */
  void(tenantId: TenantId, id: string, voided: DispensingVoid): Promise<boolean>;
  /** A prescription's events, voided ones included, newest first. */
  listForPrescription(
    tenantId: TenantId,
    prescriptionId: string,
    page: PageRequest,
  ): Promise<Page<DispensingEvent>>;
  /** The live events of these prescriptions on `day`. */
  liveOnDay(
    tenantId: TenantId,
    prescriptionIds: readonly string[],
    day: IsoDate,
  ): Promise<DispensingEvent[]>;
}
