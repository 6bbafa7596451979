import { notFound, type Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { ClientFacts } from '../other-libraries';
import { languageFollowUpTask } from './notice-tasks';

/** Pages of this many clients are asked of the clients library at a time. */
const PAGE = 100;

/**
 * One `language-follow-up` task per client flagged with a language difficulty or an interpreter
 * need, assigned to the client's primary contact (CR-6). Clients who have one for this notice
 * get no second one, also when two coordinators ask at once. Audited per client.
 */
export class CreateLanguageFollowUpTasks {
  constructor(
    private readonly ports: Pick<
      CrisisModePorts,
      'notices' | 'languageSupport' | 'tasks' | 'audit' | 'clock' | 'unitOfWork'
    >,
  ) {}

  async execute(input: {
    actor: Actor;
    noticeId: string;
  }): Promise<{ tasksCreated: number; alreadyCreated: number }> {
    const { actor } = input;
    return this.ports.unitOfWork.run(async () => {
      const notice = await this.ports.notices.find(actor.tenantId, input.noticeId);
      if (!notice) throw notFound('notice');
      const clients: ClientFacts[] = [];
      let cursor: string | undefined;
      do {
        const page = await this.ports.languageSupport.needingLanguageSupport(actor, {
          limit: PAGE,
          cursor,
        });
        clients.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const now = this.ports.clock.now();
      const fresh = await this.ports.notices.recordLanguageFollowUps({
        tenantId: actor.tenantId,
        noticeId: notice.id,
        clientIds: clients.map((client) => client.clientId),
        at: now,
      });
      const newcomers = clients.filter((client) => fresh.has(client.clientId));
      const tasks = newcomers.map((client) =>
        languageFollowUpTask({ notice, client, now, createdBy: actor.subject }),
      );
      if (tasks.length > 0) {
        await this.ports.tasks.insertMany(tasks);
        await this.ports.audit.record({
          actor,
          action: 'create',
          resourceType: 'follow-up-task',
          resourceId: notice.id,
          clientIds: newcomers.map((client) => client.clientId),
          reason: 'language follow-up of a rule-change notice',
        });
      }
      return { tasksCreated: tasks.length, alreadyCreated: clients.length - tasks.length };
    });
  }
}
