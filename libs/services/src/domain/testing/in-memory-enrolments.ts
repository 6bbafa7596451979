import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { ServicesError, ServicesErrorCode } from '../services-error';
import { isActiveOn, type ActiveEnrolment, type Enrolment } from '../enrolment/enrolment';
import type { EnrolmentRepository } from '../enrolment/enrolment.repository';
import type { IsoDate } from '../shared/calendar';
import type { InMemoryServiceRepository } from './in-memory-catalogue';
import { pageOf } from './in-memory-page';

/** Keeps the database's rule: one open enrolment per client and service. */
export class InMemoryEnrolmentRepository implements EnrolmentRepository {
  readonly rows: Enrolment[] = [];

  constructor(private readonly services: InMemoryServiceRepository) {}

  async insert(enrolment: Enrolment): Promise<void> {
    if (
      enrolment.endedOn === null &&
      this.rows.some(
        (e) =>
          e.tenantId === enrolment.tenantId &&
          e.serviceId === enrolment.serviceId &&
          e.clientId === enrolment.clientId &&
          e.endedOn === null,
      )
    ) {
      throw new ServicesError(
        ServicesErrorCode.AlreadyEnrolled,
        'The client already has an open enrolment in this service.',
      );
    }
    this.rows.push(enrolment);
  }

  async findById(tenantId: TenantId, id: string): Promise<Enrolment | null> {
    return this.rows.find((e) => e.tenantId === tenantId && e.id === id) ?? null;
  }

  async update(enrolment: Enrolment, expectedVersion: number): Promise<boolean> {
    const index = this.rows.findIndex(
      (e) => e.id === enrolment.id && e.version === expectedVersion,
    );
    if (index < 0) return false;
    this.rows[index] = enrolment;
    return true;
  }

  async listForClient(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<Enrolment>> {
    return pageOf(
      this.rows.filter((e) => e.tenantId === tenantId && e.clientId === clientId),
      page,
    );
  }

  async listForService(
    filter: PageRequest & { tenantId: TenantId; serviceId: string; activeOn?: IsoDate },
  ): Promise<Page<Enrolment>> {
    const { tenantId, serviceId, activeOn } = filter;
    return pageOf(
      this.rows.filter(
        (e) =>
          e.tenantId === tenantId &&
          e.serviceId === serviceId &&
          (activeOn === undefined || isActiveOn(e, activeOn)),
      ),
      filter,
    );
  }

  async activeOn(request: {
    tenantId: TenantId;
    day: IsoDate;
    serviceIds?: readonly string[];
    clientIds?: readonly string[];
  }): Promise<ActiveEnrolment[]> {
    const { tenantId, day, serviceIds, clientIds } = request;
    return this.rows
      .filter(
        (e) =>
          e.tenantId === tenantId &&
          isActiveOn(e, day) &&
          (serviceIds === undefined || serviceIds.includes(e.serviceId)) &&
          (clientIds === undefined || clientIds.includes(e.clientId)),
      )
      .map(({ id, clientId, serviceId, startedOn }) => ({ id, clientId, serviceId, startedOn }))
      .sort(
        (a, b) => a.serviceId.localeCompare(b.serviceId) || a.clientId.localeCompare(b.clientId),
      );
  }

  async enrolledInTeamsServices(request: {
    tenantId: TenantId;
    clientIds: readonly string[];
    teamIds: readonly string[];
    day: IsoDate;
  }): Promise<string[]> {
    const teamOf = (serviceId: string) =>
      this.services.rows.find((s) => s.id === serviceId)?.teamId;
    return request.clientIds.filter((clientId) =>
      this.rows.some(
        (e) =>
          e.tenantId === request.tenantId &&
          e.clientId === clientId &&
          isActiveOn(e, request.day) &&
          request.teamIds.includes(teamOf(e.serviceId) ?? ''),
      ),
    );
  }
}
