import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { IsoDate } from '../shared/calendar';
import type { ActiveEnrolment, Enrolment } from './enrolment';

export interface EnrolmentRepository {
  /** Throws `services.already-enrolled` when the client has an open enrolment in the service. */
  insert(enrolment: Enrolment): Promise<void>;
  findById(tenantId: TenantId, id: string): Promise<Enrolment | null>;
  /** Stores `enrolment` if the stored version is still `expectedVersion`; false when it has changed. */
  update(enrolment: Enrolment, expectedVersion: number): Promise<boolean>;
  /** A client's enrolments, newest start first. */
  listForClient(tenantId: TenantId, clientId: string, page: PageRequest): Promise<Page<Enrolment>>;
  /** A service's enrolments (only those active on `activeOn` when given), newest start first. */
  listForService(
    filter: PageRequest & { tenantId: TenantId; serviceId: string; activeOn?: IsoDate },
  ): Promise<Page<Enrolment>>;
  /**
   * Enrolments active on `day` in any of `serviceIds` and/or of any of `clientIds` (a filter
   * left out does not narrow), in one query; ordered by service, then client.
   */
  activeOn(request: {
    tenantId: TenantId;
    day: IsoDate;
    serviceIds?: readonly string[];
    clientIds?: readonly string[];
  }): Promise<ActiveEnrolment[]>;
  /** The clients among `clientIds` enrolled, on `day`, in a service run by one of `teamIds`. */
  enrolledInTeamsServices(request: {
    tenantId: TenantId;
    clientIds: readonly string[];
    teamIds: readonly string[];
    day: IsoDate;
  }): Promise<string[]>;
}
