import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { ActiveEnrolment, Enrolment } from '../../domain/enrolment/enrolment';
import type { EnrolmentRepository } from '../../domain/enrolment/enrolment.repository';
import { ServicesError, ServicesErrorCode } from '../../domain/services-error';
import type { IsoDate } from '../../domain/shared/calendar';
import { mapUniqueViolation } from '../shared/unique-violation';
import { EnrolmentEntity } from './enrolment.entity';

function toEnrolment(row: EnrolmentEntity): Enrolment {
  const { service: _service, ...fields } = row;
  return { ...fields, tenantId: row.tenantId as TenantId };
}

const newestStartFirst = {
  columns: ['e.started_on', 'e.created_at', 'e.id'],
  key: (row: EnrolmentEntity) => [row.startedOn, row.createdAt.toISOString(), row.id],
  direction: 'DESC' as const,
};

export class TypeOrmEnrolmentRepository implements EnrolmentRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(enrolment: Enrolment): Promise<void> {
    await mapUniqueViolation(() => this.manager().insert(EnrolmentEntity, enrolment), {
      enrolment_open_key: () =>
        new ServicesError(
          ServicesErrorCode.AlreadyEnrolled,
          'The client already has an open enrolment in this service.',
          [
            {
              field: 'clientId',
              rule: 'one-open-enrolment',
              message: 'has an open enrolment in this service already; end it first',
            },
          ],
        ),
    });
  }

  async findById(tenantId: TenantId, id: string): Promise<Enrolment | null> {
    const row = await this.manager().findOneBy(EnrolmentEntity, { tenantId, id });
    return row && toEnrolment(row);
  }

  async update(enrolment: Enrolment, expectedVersion: number): Promise<boolean> {
    const result = await this.manager().update(
      EnrolmentEntity,
      { tenantId: enrolment.tenantId, id: enrolment.id, version: expectedVersion },
      { endedOn: enrolment.endedOn, endReason: enrolment.endReason, version: enrolment.version },
    );
    return result.affected === 1;
  }

  async listForClient(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<Enrolment>> {
    const query = this.manager()
      .createQueryBuilder(EnrolmentEntity, 'e')
      .where('e.tenant_id = :tenantId AND e.client_id = :clientId', { tenantId, clientId });
    const result = await keysetPage(query, newestStartFirst, page);
    return { items: result.items.map(toEnrolment), nextCursor: result.nextCursor };
  }

  async listForService(
    filter: PageRequest & { tenantId: TenantId; serviceId: string; activeOn?: IsoDate },
  ): Promise<Page<Enrolment>> {
    const query = this.manager()
      .createQueryBuilder(EnrolmentEntity, 'e')
      .where('e.tenant_id = :tenantId AND e.service_id = :serviceId', {
        tenantId: filter.tenantId,
        serviceId: filter.serviceId,
      });
    if (filter.activeOn !== undefined) {
      query.andWhere('e.started_on <= :day AND (e.ended_on IS NULL OR e.ended_on >= :day)', {
        day: filter.activeOn,
      });
    }
    const result = await keysetPage(query, newestStartFirst, filter);
    return { items: result.items.map(toEnrolment), nextCursor: result.nextCursor };
  }

  async activeOn(request: {
    tenantId: TenantId;
    day: IsoDate;
    serviceIds?: readonly string[];
    clientIds?: readonly string[];
  }): Promise<ActiveEnrolment[]> {
    // Plain SQL: crisis activation reads tens of thousands of rows and needs four columns.
    const rows: { id: string; client_id: string; service_id: string; started_on: string }[] =
      await this.manager().query(
        `SELECT e.id, e.client_id, e.service_id, e.started_on::text AS started_on
           FROM services.enrolment e
          WHERE e.tenant_id = $1 AND e.started_on <= $2 AND (e.ended_on IS NULL OR e.ended_on >= $2)
            AND ($3::uuid[] IS NULL OR e.service_id = ANY($3::uuid[]))
            AND ($4::uuid[] IS NULL OR e.client_id = ANY($4::uuid[]))
          ORDER BY e.service_id, e.client_id`,
        [
          request.tenantId,
          request.day,
          request.serviceIds ? [...request.serviceIds] : null,
          request.clientIds ? [...request.clientIds] : null,
        ],
      );
    return rows.map((row) => ({
      id: row.id,
      clientId: row.client_id,
      serviceId: row.service_id,
      startedOn: row.started_on,
    }));
  }

  async enrolledInTeamsServices(request: {
    tenantId: TenantId;
    clientIds: readonly string[];
    teamIds: readonly string[];
    day: IsoDate;
  }): Promise<string[]> {
    if (request.clientIds.length === 0 || request.teamIds.length === 0) return [];
    const rows: { client_id: string }[] = await this.manager().query(
      `SELECT DISTINCT e.client_id FROM services.enrolment e
         JOIN services.service s ON s.id = e.service_id AND s.tenant_id = e.tenant_id
        WHERE e.tenant_id = $1 AND e.client_id = ANY($2::uuid[]) AND s.team_id = ANY($3::uuid[])
          AND e.started_on <= $4 AND (e.ended_on IS NULL OR e.ended_on >= $4)`,
      [request.tenantId, request.clientIds, request.teamIds, request.day],
    );
    return rows.map((row) => row.client_id);
  }
}
