import type {
  Actor,
  CareRelationsInStatement,
  Page,
  PageRequest,
  TenantId,
} from '@lavterskel/kernel';
import { keysetPage, queryPrepared, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import { In } from 'typeorm';
import type { Prescription, PrescriptionTransfer } from '../../domain/dispensing/prescription';
import type { PrescriptionRepository } from '../../domain/dispensing/prescription.repository';
import type { IsoDate } from '../../domain/shared/calendar';
import {
  FIND_PRESCRIPTION,
  findPrescriptionInCareStatement,
  LOCK_PRESCRIPTION,
} from './dispensing.sql';
import { fromPrescription, fromTransfer, toPrescription, toTransfer } from './dispensing.mapper';
import { PrescriptionTransferEntity } from './prescription-transfer.entity';
import { PrescriptionEntity } from './prescription.entity';

type PrescriptionRow = PrescriptionEntity & { dailyDoseMg: string; inCare?: boolean };

export class TypeOrmPrescriptionRepository implements PrescriptionRepository {
  /** Present when the care relations can be asked in SQL (`CareRelations.inStatement`). */
  readonly findByIdInCare?: PrescriptionRepository['findByIdInCare'];

  constructor(
    private readonly manager: EntityManagerAccessor,
    care?: CareRelationsInStatement,
  ) {
    if (care) {
      const statement = findPrescriptionInCareStatement(care);
      this.findByIdInCare = async (actor: Actor, id: string) => {
        const [row] = await queryPrepared<PrescriptionRow>(this.manager(), statement, [
          ...care.parametersFor(actor),
          id,
        ]);
        return row ? { prescription: prescriptionOf(row), inCare: row.inCare === true } : null;
      };
    }
  }

  async insert(prescription: Prescription): Promise<void> {
    await this.manager().insert(PrescriptionEntity, fromPrescription(prescription));
  }

  async findById(
    tenantId: TenantId,
    id: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<Prescription | null> {
    const [row] = await queryPrepared<PrescriptionRow>(
      this.manager(),
      options.forUpdate ? LOCK_PRESCRIPTION : FIND_PRESCRIPTION,
      [tenantId, id],
    );
    return row ? prescriptionOf(row) : null;
  }

  async listForClient(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<Prescription>> {
    const query = this.manager()
      .createQueryBuilder(PrescriptionEntity, 'p')
      .where('p.tenant_id = :tenantId AND p.client_id = :clientId', { tenantId, clientId });
    const result = await keysetPage(
      query,
      {
        columns: ['p.valid_from', 'p.created_at', 'p.id'],
        key: (row) => [row.validFrom, row.createdAt.toISOString(), row.id],
        direction: 'DESC',
      },
      page,
    );
    return { items: result.items.map(toPrescription), nextCursor: result.nextCursor };
  }

  async validOn(tenantId: TenantId, serviceId: string, day: IsoDate): Promise<Prescription[]> {
    const rows = await this.manager()
      .createQueryBuilder(PrescriptionEntity, 'p')
      .where('p.tenant_id = :tenantId AND p.service_id = :serviceId', { tenantId, serviceId })
      .andWhere('p.valid_from <= :day AND (p.valid_to IS NULL OR p.valid_to >= :day)', { day })
      .orderBy('p.created_at', 'ASC')
      .getMany();
    return rows.map(toPrescription);
  }

  async insertTransfer(transfer: PrescriptionTransfer): Promise<void> {
    await this.manager().insert(PrescriptionTransferEntity, fromTransfer(transfer));
  }

  async transfersOf(
    tenantId: TenantId,
    prescriptionIds: readonly string[],
  ): Promise<PrescriptionTransfer[]> {
    if (prescriptionIds.length === 0) return [];
    const rows = await this.manager().find(PrescriptionTransferEntity, {
      where: { tenantId, prescriptionId: In([...prescriptionIds]) },
      order: { fromDate: 'ASC' },
    });
    return rows.map(toTransfer);
  }
}

function prescriptionOf(row: PrescriptionRow): Prescription {
  const { inCare: _, ...prescription } = row;
  return toPrescription({ ...prescription, dailyDoseMg: Number(row.dailyDoseMg) });
}
