import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import {
  alreadyDispensed,
  type DispensingEvent,
  type DispensingVoid,
} from '../dispensing/dispensing-event';
import type { DispensingRepository } from '../dispensing/dispensing.repository';
import {
  isValidOn,
  type Prescription,
  type PrescriptionTransfer,
} from '../dispensing/prescription';
import type { PrescriptionRepository } from '../dispensing/prescription.repository';
import type { IsoDate } from '../shared/calendar';
import { pageOf } from './in-memory-page';

export class InMemoryPrescriptionRepository implements PrescriptionRepository {
  readonly rows: Prescription[] = [];
  readonly transfers: PrescriptionTransfer[] = [];

  async insert(prescription: Prescription): Promise<void> {
    this.rows.push(prescription);
  }

  async findById(tenantId: TenantId, id: string): Promise<Prescription | null> {
    return this.rows.find((p) => p.tenantId === tenantId && p.id === id) ?? null;
  }

  async listForClient(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<Prescription>> {
    return pageOf(
      this.rows.filter((p) => p.tenantId === tenantId && p.clientId === clientId),
      page,
    );
  }

  async validOn(tenantId: TenantId, serviceId: string, day: IsoDate): Promise<Prescription[]> {
    return this.rows.filter(
      (p) => p.tenantId === tenantId && p.serviceId === serviceId && isValidOn(p, day),
    );
  }

  async insertTransfer(transfer: PrescriptionTransfer): Promise<void> {
    this.transfers.push(transfer);
  }

  async transfersOf(
    tenantId: TenantId,
    prescriptionIds: readonly string[],
  ): Promise<PrescriptionTransfer[]> {
    return this.transfers.filter(
      (t) => t.tenantId === tenantId && prescriptionIds.includes(t.prescriptionId),
    );
  }
}

/** Keeps the database's rule: one live event per prescription and day. */
export class InMemoryDispensingRepository implements DispensingRepository {
  readonly rows: DispensingEvent[] = [];

  async insert(event: DispensingEvent): Promise<void> {
    const live = this.rows.some(
      (e) =>
        e.tenantId === event.tenantId &&
        e.prescriptionId === event.prescriptionId &&
        e.day === event.day &&
        e.voided === null,
    );
    if (live) throw alreadyDispensed(event.day);
    this.rows.push(event);
  }

  async findById(tenantId: TenantId, id: string): Promise<DispensingEvent | null> {
    return this.rows.find((e) => e.tenantId === tenantId && e.id === id) ?? null;
  }

  async void(tenantId: TenantId, id: string, voided: DispensingVoid): Promise<boolean> {
    const index = this.rows.findIndex(
      (e) => e.tenantId === tenantId && e.id === id && e.voided === null,
    );
    if (index < 0) return false;
    this.rows[index] = { ...(this.rows[index] as DispensingEvent), voided };
    return true;
  }

  async listForPrescription(
    tenantId: TenantId,
    prescriptionId: string,
    page: PageRequest,
  ): Promise<Page<DispensingEvent>> {
    return pageOf(
      this.rows
        .filter((e) => e.tenantId === tenantId && e.prescriptionId === prescriptionId)
        .reverse(),
      page,
    );
  }

  async liveOnDay(
    tenantId: TenantId,
    prescriptionIds: readonly string[],
    day: IsoDate,
  ): Promise<DispensingEvent[]> {
    return this.rows.filter(
      (e) =>
        e.tenantId === tenantId &&
        prescriptionIds.includes(e.prescriptionId) &&
        e.day === day &&
        e.voided === null,
    );
  }
}
