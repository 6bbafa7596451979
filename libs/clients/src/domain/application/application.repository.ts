import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { Application, ApplicationStatus } from './application';

export interface ApplicationFilter {
  tenantId: TenantId;
  status?: ApplicationStatus;
  urgent?: boolean;
}

/** One application's facts for the first-contact report. */
export interface FirstContactFact {
  readonly status: ApplicationStatus;
  readonly urgent: boolean;
  readonly receivedAt: Date;
  readonly firstContactAt: Date | null;
}

/** Port: simple applications. Every method is tenant-scoped. */
export interface ApplicationRepository {
  insert(application: Application): Promise<void>;
  find(tenantId: TenantId, id: string): Promise<Application | null>;
  /**
   * The application, locked until the transaction ends, so that two staff converting or
   * closing it at once are served one after the other.
   */
  findForUpdate(tenantId: TenantId, id: string): Promise<Application | null>;
  /** Stores `application` if the stored version is `expectedVersion` (else `staleVersion()`); returns it at the next version. */
  update(application: Application, expectedVersion: number): Promise<Application>;
  /** Oldest first, urgent ones before the rest. */
  list(filter: ApplicationFilter, page: PageRequest): Promise<Page<Application>>;
  /** Applications received on Oslo days `from` to `to`, both included. */
  firstContactFacts(tenantId: TenantId, from: string, to: string): Promise<FirstContactFact[]>;
}
