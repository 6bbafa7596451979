import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { Disclosure } from './disclosure';

/** Port: the disclosure log. Implementations join the caller's transaction. */
export interface DisclosureRepository {
  /** Throws DecisionAlreadyUsed if the decision backs a disclosure already. */
  add(disclosure: Disclosure): Promise<void>;
  /** The client's disclosures, newest first. */
  pageOfClient(tenantId: TenantId, clientId: string, page: PageRequest): Promise<Page<Disclosure>>;
}
