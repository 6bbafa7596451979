import type { CrisisModePorts } from '../crisis-mode-ports';
import type { FollowUpTask } from '../tasks/follow-up-task';
import { reminderTask } from './notice-tasks';

/**
 * After a notice's acknowledgement deadline, one `notice-follow-up` task per recipient that has
 * not acknowledged (CR-6), once: the notice is locked while its reminders are made and marked
 * done in the same transaction, so repeated runs and a second API process create none again.
 */
export class CreateNoticeReminders {
  constructor(
    private readonly ports: Pick<CrisisModePorts, 'notices' | 'tasks' | 'clock' | 'unitOfWork'>,
  ) {}

  async execute(input: { limit?: number } = {}): Promise<{ notices: number; tasks: number }> {
    return this.ports.unitOfWork.run(async () => {
      const now = this.ports.clock.now();
      const due = await this.ports.notices.claimDueForReminders({ now, limit: input.limit ?? 20 });
      const tasks: FollowUpTask[] = [];
      for (const notice of due) {
        const recipients = await this.ports.notices.recipients(notice.tenantId, notice.id);
        for (const recipient of recipients) {
          if (!recipient.acknowledgedAt) tasks.push(reminderTask(notice, recipient, now));
        }
      }
      // Tasks first: a notice is only marked done once its reminders exist.
      if (tasks.length > 0) await this.ports.tasks.insertMany(tasks);
      for (const notice of due) {
        await this.ports.notices.markRemindersCreated(notice.tenantId, notice.id, now);
      }
      return { notices: due.length, tasks: tasks.length };
    });
  }
}
