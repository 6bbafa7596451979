import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { Mission } from '../../domain/outreach/mission';
import type { OutreachContact } from '../../domain/outreach/outreach-contact';
import type { OutreachPlace } from '../../domain/outreach/outreach-place';
import type { OutreachRequest, RequestStatus } from '../../domain/outreach/outreach-request';
import type { OutreachRepository } from '../../domain/outreach/outreach.repository';
import { MissionEntity } from './mission.entity';
import { OutreachContactEntity } from './outreach-contact.entity';
import { OutreachPlaceEntity } from './outreach-place.entity';
import { OutreachRequestEntity } from './outreach-request.entity';
import { toContact, toMission, toPlace, toRequest } from './outreach.mapper';

export class TypeOrmOutreachRepository implements OutreachRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insertPlace(place: OutreachPlace): Promise<void> {
    await this.manager().insert(OutreachPlaceEntity, place);
  }

  async findPlace(tenantId: TenantId, id: string): Promise<OutreachPlace | null> {
    const row = await this.manager().findOneBy(OutreachPlaceEntity, { tenantId, id });
    return row && toPlace(row);
  }

  async listPlaces(
    filter: PageRequest & { tenantId: TenantId; serviceId?: string },
  ): Promise<Page<OutreachPlace>> {
    const query = this.manager()
      .createQueryBuilder(OutreachPlaceEntity, 'p')
      .where('p.tenant_id = :tenantId', { tenantId: filter.tenantId });
    if (filter.serviceId !== undefined)
      query.andWhere('p.service_id = :serviceId', { serviceId: filter.serviceId });
    const result = await keysetPage(
      query,
      { columns: ['p.name', 'p.id'], key: (row) => [row.name, row.id], direction: 'ASC' },
      filter,
    );
    return { items: result.items.map(toPlace), nextCursor: result.nextCursor };
  }

  async insertRequest(request: OutreachRequest): Promise<void> {
    await this.manager().insert(OutreachRequestEntity, request);
  }

  async findRequest(tenantId: TenantId, id: string): Promise<OutreachRequest | null> {
    const row = await this.manager().findOneBy(OutreachRequestEntity, { tenantId, id });
    return row && toRequest(row);
  }

  async moveRequest(request: {
    tenantId: TenantId;
    id: string;
    from: RequestStatus;
    to: RequestStatus;
  }): Promise<boolean> {
    const result = await this.manager().update(
      OutreachRequestEntity,
      { tenantId: request.tenantId, id: request.id, status: request.from },
      { status: request.to },
    );
    return result.affected === 1;
  }

  async listRequests(
    filter: PageRequest & { tenantId: TenantId; serviceId: string; status?: RequestStatus },
  ): Promise<Page<OutreachRequest>> {
    const query = this.manager()
      .createQueryBuilder(OutreachRequestEntity, 'r')
      .where('r.tenant_id = :tenantId AND r.service_id = :serviceId', {
        tenantId: filter.tenantId,
        serviceId: filter.serviceId,
      });
    if (filter.status !== undefined)
      query.andWhere('r.status = :status', { status: filter.status });
    const result = await keysetPage(
      query,
      {
        columns: ['r.received_at', 'r.id'],
        key: (row) => [row.receivedAt.toISOString(), row.id],
        direction: 'ASC',
      },
      filter,
    );
    return { items: result.items.map(toRequest), nextCursor: result.nextCursor };
  }

  async insertMission(mission: Mission): Promise<void> {
    await this.manager().insert(MissionEntity, mission);
  }

  async findMission(tenantId: TenantId, id: string): Promise<Mission | null> {
    const row = await this.manager().findOneBy(MissionEntity, { tenantId, id });
    return row && toMission(row);
  }

  async updateMission(mission: Mission, expectedVersion: number): Promise<boolean> {
    const result = await this.manager().update(
      MissionEntity,
      { tenantId: mission.tenantId, id: mission.id, version: expectedVersion },
      { status: mission.status, outcome: mission.outcome, version: mission.version },
    );
    return result.affected === 1;
  }

  async insertContact(contact: OutreachContact): Promise<void> {
    await this.manager().insert(OutreachContactEntity, contact);
  }

  async listContactsForClient(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<OutreachContact>> {
    const query = this.manager()
      .createQueryBuilder(OutreachContactEntity, 'c')
      .where('c.tenant_id = :tenantId AND c.client_id = :clientId', { tenantId, clientId });
    const result = await keysetPage(
      query,
      {
        columns: ['c.met_at', 'c.id'],
        key: (row) => [row.metAt.toISOString(), row.id],
        direction: 'DESC',
      },
      page,
    );
    return { items: result.items.map(toContact), nextCursor: result.nextCursor };
  }
}
