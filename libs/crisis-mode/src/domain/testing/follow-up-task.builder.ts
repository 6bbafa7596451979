import { newId, type TenantId } from '@lavterskel/kernel';
import type { FollowUpTask } from '../tasks/follow-up-task';

const CREATED = new Date('2026-11-23T08:00:00Z');

/** Test data: an open, untouched phone follow-up in Skien for a fresh client, due 2026-11-24. */
export const FollowUpTaskBuilder = {
  create(overrides: Partial<FollowUpTask> = {}): FollowUpTask {
    return {
      id: newId(),
      tenantId: '4003' as TenantId,
      kind: 'phone-follow-up',
      clientId: newId(),
      serviceId: newId(),
      groupId: null,
      levelChangeId: null,
      noticeId: null,
      description: 'Ring klienten: tilbudet er stengt for oppmøte.',
      priority: 'routine',
      due: '2026-11-24',
      assignee: { kind: 'staff', subject: 'nurse-anne' },
      status: 'open',
      outcome: null,
      createdBy: 'coordinator-kari',
      createdAt: CREATED,
      updatedAt: CREATED,
      closedBy: null,
      closedAt: null,
      version: 1,
      ...overrides,
    };
  },

  /** `count` tasks, each made by `create` with the same overrides (fresh ids and clients). */
  many(count: number, overrides: Partial<FollowUpTask> = {}): FollowUpTask[] {
    return Array.from({ length: count }, () => FollowUpTaskBuilder.create(overrides));
  },
};
