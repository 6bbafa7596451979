import { newId, osloDate } from '@lavterskel/kernel';
import type { ClientFacts } from '../other-libraries';
import type { FollowUpTask, TaskAssignee } from '../tasks/follow-up-task';
import type { Notice, NoticeRecipient } from './notice';

/** Who creates the reminder tasks: the delivery worker, not a person. */
export const NOTICE_REMINDER_ACTOR = 'system:notice-reminders';

function task(input: {
  notice: Notice;
  now: Date;
  kind: FollowUpTask['kind'];
  clientId: string | null;
  serviceId: string | null;
  assignee: TaskAssignee;
  description: string;
  createdBy: string;
}): FollowUpTask {
  return {
    id: newId(),
    tenantId: input.notice.tenantId,
    kind: input.kind,
    clientId: input.clientId,
    serviceId: input.serviceId,
    groupId: null,
    levelChangeId: null,
    noticeId: input.notice.id,
    description: input.description,
    priority: 'urgent',
    due: osloDate(input.now),
    assignee: input.assignee,
    status: 'open',
    outcome: null,
    createdBy: input.createdBy,
    createdAt: input.now,
    updatedAt: input.now,
    closedBy: null,
    closedAt: null,
    version: 1,
  };
}

/**
 * The reminder for a recipient who missed the deadline: a service's team is asked to read and
 * acknowledge it; for a partner, the coordinator who published the notice is asked to chase it.
 */
export function reminderTask(notice: Notice, recipient: NoticeRecipient, now: Date): FollowUpTask {
  const service = recipient.kind === 'service';
  return task({
    notice,
    now,
    kind: 'notice-follow-up',
    clientId: null,
    serviceId: service ? recipient.recipientId : null,
    assignee:
      service && recipient.teamId
        ? { kind: 'team', teamId: recipient.teamId }
        : { kind: 'staff', subject: notice.publishedBy },
    description: service
      ? `Read and acknowledge the notice "${notice.title}": the deadline has passed.`
      : `${recipient.name} has not acknowledged the notice "${notice.title}": follow it up.`,
    createdBy: NOTICE_REMINDER_ACTOR,
  });
}

/** Tell one client about the rule change in person (language difficulty or interpreter need). */
export function languageFollowUpTask(input: {
  notice: Notice;
  client: ClientFacts;
  now: Date;
  createdBy: string;
}): FollowUpTask {
  const { notice, client } = input;
  const language = client.preferredLanguage ? ` in ${client.preferredLanguage}` : '';
  const interpreter = client.interpreterNeeded ? ', with an interpreter' : '';
  return task({
    notice,
    now: input.now,
    kind: 'language-follow-up',
    clientId: client.clientId,
    serviceId: null,
    assignee: { kind: 'staff', subject: client.primaryContact },
    description: `Explain the notice "${notice.title}" to the client in person${language}${interpreter}.`,
    createdBy: input.createdBy,
  });
}
