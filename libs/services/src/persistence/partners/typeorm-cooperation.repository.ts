import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { CooperationMeeting } from '../../domain/partners/cooperation-meeting';
import type { CooperationRepository } from '../../domain/partners/cooperation.repository';
import type { Escalation, EscalationStatus } from '../../domain/partners/escalation';
import { CooperationMeetingEntity } from './cooperation-meeting.entity';
import { EscalationEntity } from './escalation.entity';

function toMeeting(row: CooperationMeetingEntity): CooperationMeeting {
  const { service: _service, ...fields } = row;
  return { ...fields, tenantId: row.tenantId as TenantId };
}

function toEscalation(row: EscalationEntity): Escalation {
  const { service: _service, ...fields } = row;
  return { ...fields, tenantId: row.tenantId as TenantId, status: row.status as EscalationStatus };
}

export class TypeOrmCooperationRepository implements CooperationRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insertMeeting(meeting: CooperationMeeting): Promise<void> {
    await this.manager().insert(CooperationMeetingEntity, meeting);
  }

  async listMeetings(
    tenantId: TenantId,
    serviceId: string,
    page: PageRequest,
  ): Promise<Page<CooperationMeeting>> {
    const query = this.manager()
      .createQueryBuilder(CooperationMeetingEntity, 'm')
      .where('m.tenant_id = :tenantId AND m.service_id = :serviceId', { tenantId, serviceId });
    const result = await keysetPage(
      query,
      {
        columns: ['m.held_on', 'm.created_at', 'm.id'],
        key: (row) => [row.heldOn, row.createdAt.toISOString(), row.id],
        direction: 'DESC',
      },
      page,
    );
    return { items: result.items.map(toMeeting), nextCursor: result.nextCursor };
  }

  async insertEscalation(escalation: Escalation): Promise<void> {
    await this.manager().insert(EscalationEntity, escalation);
  }

  async findEscalation(tenantId: TenantId, id: string): Promise<Escalation | null> {
    const row = await this.manager().findOneBy(EscalationEntity, { tenantId, id });
    return row && toEscalation(row);
  }

  async updateEscalation(escalation: Escalation, expectedVersion: number): Promise<boolean> {
    const result = await this.manager().update(
      EscalationEntity,
      { tenantId: escalation.tenantId, id: escalation.id, version: expectedVersion },
      {
        status: escalation.status,
        outcome: escalation.outcome,
        decidedOn: escalation.decidedOn,
        version: escalation.version,
      },
    );
    return result.affected === 1;
  }

  async listEscalationsForClient(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<Escalation>> {
    const query = this.manager()
      .createQueryBuilder(EscalationEntity, 'e')
      .where('e.tenant_id = :tenantId AND e.client_id = :clientId', { tenantId, clientId });
    const result = await keysetPage(
      query,
      {
        columns: ['e.created_at', 'e.id'],
        key: (row) => [row.createdAt.toISOString(), row.id],
        direction: 'DESC',
      },
      page,
    );
    return { items: result.items.map(toEscalation), nextCursor: result.nextCursor };
  }
}
