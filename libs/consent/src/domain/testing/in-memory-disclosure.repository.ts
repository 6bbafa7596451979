import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { ConsentError, ConsentErrorCode } from '../consent-error';
import type { Disclosure } from '../disclosure';
import type { DisclosureRepository } from '../disclosure.repository';
import { inMemoryPage } from './in-memory-page';

export class InMemoryDisclosureRepository implements DisclosureRepository {
  readonly rows: Disclosure[] = [];

  async add(disclosure: Disclosure): Promise<void> {
    if (this.rows.some((row) => row.decisionId === disclosure.decisionId)) {
      throw new ConsentError(
        ConsentErrorCode.DecisionAlreadyUsed,
        'The decision backs a disclosure already.',
      );
    }
    this.rows.push(disclosure);
  }

  async pageOfClient(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<Disclosure>> {
    const newestFirst = (row: Disclosure) =>
      `${String(1e15 - row.disclosedAt.getTime()).padStart(16, '0')}|${row.id}`;
    return inMemoryPage(
      this.rows.filter((row) => row.tenantId === tenantId && row.clientId === clientId),
      newestFirst,
      page,
    );
  }
}
