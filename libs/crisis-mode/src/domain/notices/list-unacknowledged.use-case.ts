import { notFound, type Actor, type Page, type PageRequest } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { NoticeRecipient } from './notice';

/** The recipients of a notice that have not acknowledged it yet (CR-6). */
export class ListUnacknowledged {
  constructor(private readonly ports: Pick<CrisisModePorts, 'notices' | 'unitOfWork'>) {}

  async execute(input: {
    actor: Actor;
    noticeId: string;
    page: PageRequest;
  }): Promise<Page<NoticeRecipient>> {
    const tenantId = input.actor.tenantId;
    return this.ports.unitOfWork.run(async () => {
      if (!(await this.ports.notices.find(tenantId, input.noticeId))) throw notFound('notice');
      return this.ports.notices.unacknowledged(tenantId, input.noticeId, input.page);
    });
  }
}
