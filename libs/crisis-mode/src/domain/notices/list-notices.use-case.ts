import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { NoticeSummary } from './notice';

/** The municipality's notices, newest first, with how many recipients have acknowledged. */
export class ListNotices {
  constructor(private readonly ports: Pick<CrisisModePorts, 'notices'>) {}

  execute(input: { actor: Actor; page: PageRequest }): Promise<Page<NoticeSummary>> {
    return this.ports.notices.list(input.actor.tenantId, input.page);
  }
}
