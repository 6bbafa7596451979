import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { keysetPage, queryPrepared, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import { In, IsNull } from 'typeorm';
import {
  alreadyDispensed,
  type DispensingEvent,
  type DispensingVoid,
} from '../../domain/dispensing/dispensing-event';
import type { DispensingRepository } from '../../domain/dispensing/dispensing.repository';
import type { IsoDate } from '../../domain/shared/calendar';
import { mapUniqueViolation } from '../shared/unique-violation';
import { ONCE_PER_DAY_INDEX, DispensingEventEntity } from './dispensing-event.entity';
import { INSERT_DISPENSING } from './dispensing.sql';
import { fromDispensingEvent, toDispensingEvent } from './dispensing.mapper';

export class TypeOrmDispensingRepository implements DispensingRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(event: DispensingEvent): Promise<void> {
    const row = fromDispensingEvent(event);
    await mapUniqueViolation(
      () =>
        queryPrepared(this.manager(), INSERT_DISPENSING, [
          row.id,
          row.tenantId,
          row.prescriptionId,
          row.clientId,
          row.dispensingDate,
          row.dispensedAt,
          row.channel,
          row.doseMg,
          row.dispensedBy,
          row.correctsEventId,
          row.voidedAt,
          row.voidedBy,
          row.voidReason,
          row.createdAt,
        ]),
      {
        [ONCE_PER_DAY_INDEX]: () => alreadyDispensed(event.day),
      },
    );
  }

  async findById(tenantId: TenantId, id: string): Promise<DispensingEvent | null> {
    const row = await this.manager().findOneBy(DispensingEventEntity, { tenantId, id });
    return row && toDispensingEvent(row);
  }

  async void(tenantId: TenantId, id: string, voided: DispensingVoid): Promise<boolean> {
    const result = await this.manager().update(
      DispensingEventEntity,
      { tenantId, id, voidedAt: IsNull() },
      { voidedAt: voided.at, voidedBy: voided.by, voidReason: voided.reason },
    );
    return result.affected === 1;
  }

  async listForPrescription(
    tenantId: TenantId,
    prescriptionId: string,
    page: PageRequest,
  ): Promise<Page<DispensingEvent>> {
    const query = this.manager()
      .createQueryBuilder(DispensingEventEntity, 'd')
      .where('d.tenant_id = :tenantId AND d.prescription_id = :prescriptionId', {
        tenantId,
        prescriptionId,
      });
    const result = await keysetPage(
      query,
      {
        columns: ['d.dispensed_at', 'd.id'],
        key: (row) => [row.dispensedAt.toISOString(), row.id],
        direction: 'DESC',
      },
      page,
    );
    return { items: result.items.map(toDispensingEvent), nextCursor: result.nextCursor };
  }

  async liveOnDay(
    tenantId: TenantId,
    prescriptionIds: readonly string[],
    day: IsoDate,
  ): Promise<DispensingEvent[]> {
    if (prescriptionIds.length === 0) return [];
    const rows = await this.manager().find(DispensingEventEntity, {
      where: {
        tenantId,
        prescriptionId: In([...prescriptionIds]),
        dispensingDate: day,
        voidedAt: IsNull(),
      },
    });
    return rows.map(toDispensingEvent);
  }
}
