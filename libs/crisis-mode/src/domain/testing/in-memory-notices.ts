import {
  encodeCursor,
  decodeCursor,
  fixedClock,
  pageLimit,
  type Actor,
  type AuditEntry,
  type Page,
  type PageRequest,
  type TenantId,
} from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { Notice, NoticeRecipient, NoticeSummary } from '../notices/notice';
import type { NoticeDelivery } from '../notices/notice-delivery';
import type { NoticeDeliveryRepository } from '../notices/notice-delivery.repository';
import type { NoticeRepository } from '../notices/notice.repository';
import type { WebhookEndpoint } from '../notices/webhook-endpoint';
import type { WebhookEndpointRepository } from '../notices/webhook-endpoint.repository';
import type { WebhookResult, WebhookSender } from '../notices/webhook-sender';
import type { CatalogueService, ClientFacts, PartnerOrganisation } from '../other-libraries';
import type { FollowUpTask } from '../tasks/follow-up-task';
import type { FollowUpTaskRepository } from '../tasks/follow-up-task.repository';
import { CrisisModeError, CrisisModeErrorCode } from '../crisis-mode-error';

export const SKIEN = '4003' as TenantId;
export const OSLO = '0301' as TenantId;

export function anActor(overrides: Partial<Actor> = {}): Actor {
  return {
    subject: 'coordinator-kari',
    tenantId: SKIEN,
    roles: ['crisis-coordinator'],
    teamIds: [],
    ...overrides,
  };
}

/** A page of `items` (already in order) by position: enough for the fakes. */
function pageOf<T>(items: readonly T[], page: PageRequest): Page<T> {
  const start = page.cursor ? Number(decodeCursor(page.cursor, 1)[0]) : 0;
  const limit = pageLimit(page);
  const slice = items.slice(start, start + limit);
  return {
    items: slice,
    nextCursor: start + limit < items.length ? encodeCursor([start + limit]) : null,
  };
}

const recipientKey = (r: Pick<NoticeRecipient, 'noticeId' | 'kind' | 'recipientId'>) =>
  `${r.noticeId}/${r.kind}/${r.recipientId}`;

export class InMemoryNotices implements NoticeRepository {
  readonly notices = new Map<string, Notice>();
  readonly recipientRows = new Map<string, NoticeRecipient>();
  readonly languageFollowUps = new Set<string>();

  async insert(notice: Notice, recipients: readonly NoticeRecipient[]): Promise<void> {
    this.notices.set(notice.id, notice);
    for (const recipient of recipients) this.recipientRows.set(recipientKey(recipient), recipient);
  }
  async find(tenantId: TenantId, noticeId: string): Promise<Notice | null> {
    const notice = this.notices.get(noticeId);
    return notice && notice.tenantId === tenantId ? notice : null;
  }
  async list(tenantId: TenantId, page: PageRequest): Promise<Page<NoticeSummary>> {
    const notices = [...this.notices.values()]
      .filter((notice) => notice.tenantId === tenantId)
      .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
    const summaries = await Promise.all(
      notices.map(async (notice) => {
        const recipients = await this.recipients(tenantId, notice.id);
        return {
          ...notice,
          recipientCount: recipients.length,
          acknowledgedCount: recipients.filter((r) => r.acknowledgedAt).length,
        };
      }),
    );
    return pageOf(summaries, page);
  }
  async recipients(tenantId: TenantId, noticeId: string): Promise<NoticeRecipient[]> {
    return [...this.recipientRows.values()].filter(
      (r) => r.tenantId === tenantId && r.noticeId === noticeId,
    );
  }
  async unacknowledged(
    tenantId: TenantId,
    noticeId: string,
    page: PageRequest,
  ): Promise<Page<NoticeRecipient>> {
    const rows = (await this.recipients(tenantId, noticeId))
      .filter((r) => !r.acknowledgedAt)
      .sort((a, b) => a.name.localeCompare(b.name));
    return pageOf(rows, page);
  }
  async findRecipient(input: {
    tenantId: TenantId;
    noticeId: string;
    kind: NoticeRecipient['kind'];
    recipientId: string;
  }): Promise<NoticeRecipient | null> {
    const row = this.recipientRows.get(recipientKey(input));
    return row && row.tenantId === input.tenantId ? row : null;
  }
  async acknowledge(input: {
    tenantId: TenantId;
    noticeId: string;
    kind: NoticeRecipient['kind'];
    recipientId: string;
    by: string;
    at: Date;
  }): Promise<boolean> {
    const row = await this.findRecipient(input);
    if (!row || row.acknowledgedAt) return false;
    this.recipientRows.set(recipientKey(row), {
      ...row,
      acknowledgedAt: input.at,
      acknowledgedBy: input.by,
    });
    return true;
  }
  async claimDueForReminders(input: { now: Date; limit: number }): Promise<Notice[]> {
    return [...this.notices.values()]
      .filter((n) => !n.remindersCreatedAt && n.acknowledgeBy.getTime() <= input.now.getTime())
      .slice(0, input.limit);
  }
  async markRemindersCreated(tenantId: TenantId, noticeId: string, at: Date): Promise<void> {
    const notice = await this.find(tenantId, noticeId);
    if (notice) this.notices.set(noticeId, { ...notice, remindersCreatedAt: at });
  }
  async recordLanguageFollowUps(input: {
    tenantId: TenantId;
    noticeId: string;
    clientIds: readonly string[];
    at: Date;
  }): Promise<Set<string>> {
    const fresh = new Set<string>();
    for (const clientId of input.clientIds) {
      const key = `${input.tenantId}/${input.noticeId}/${clientId}`;
      if (this.languageFollowUps.has(key)) continue;
      this.languageFollowUps.add(key);
      fresh.add(clientId);
    }
    return fresh;
  }
  async languageFollowUpsAmong(input: {
    tenantId: TenantId;
    noticeId: string;
    clientIds: readonly string[];
  }): Promise<Set<string>> {
    return new Set(
      input.clientIds.filter((clientId) =>
        this.languageFollowUps.has(`${input.tenantId}/${input.noticeId}/${clientId}`),
      ),
    );
  }
}

export class InMemoryWebhookEndpoints implements WebhookEndpointRepository {
  readonly rows: WebhookEndpoint[] = [];

  async insert(endpoint: WebhookEndpoint): Promise<void> {
    if (
      this.rows.some(
        (row) =>
          row.tenantId === endpoint.tenantId &&
          row.partnerId === endpoint.partnerId &&
          row.url === endpoint.url,
      )
    ) {
      throw new CrisisModeError(CrisisModeErrorCode.WebhookEndpointExists, 'exists');
    }
    this.rows.push(endpoint);
  }
  async list(tenantId: TenantId, page: PageRequest): Promise<Page<WebhookEndpoint>> {
    return pageOf(
      this.rows.filter((row) => row.tenantId === tenantId),
      page,
    );
  }
  async activeFor(tenantId: TenantId, partnerIds: readonly string[]): Promise<WebhookEndpoint[]> {
    return this.rows.filter(
      (row) => row.tenantId === tenantId && row.active && partnerIds.includes(row.partnerId),
    );
  }
  async byIds(ids: readonly string[]): Promise<WebhookEndpoint[]> {
    return this.rows.filter((row) => ids.includes(row.id));
  }
}

export class InMemoryDeliveries implements NoticeDeliveryRepository {
  readonly rows = new Map<string, NoticeDelivery>();

  constructor(private readonly notices: InMemoryNotices) {}

  async insertMany(deliveries: readonly NoticeDelivery[]): Promise<void> {
    for (const delivery of deliveries) this.rows.set(delivery.id, delivery);
  }
  async claimDue(input: {
    now: Date;
    leaseUntil: Date;
    limit: number;
  }): Promise<{ delivery: NoticeDelivery; notice: Notice }[]> {
    const due = [...this.rows.values()]
      .filter((d) => d.status === 'pending' && d.nextAttemptAt.getTime() <= input.now.getTime())
      .slice(0, input.limit);
    return due.flatMap((delivery) => {
      this.rows.set(delivery.id, { ...delivery, nextAttemptAt: input.leaseUntil });
      const notice = this.notices.notices.get(delivery.noticeId);
      return notice ? [{ delivery, notice }] : [];
    });
  }
  async markDelivered(input: { id: string; attempts: number; at: Date }): Promise<boolean> {
    const row = this.rows.get(input.id);
    if (!row || row.status !== 'pending') return false;
    this.rows.set(input.id, {
      ...row,
      status: 'delivered',
      attempts: input.attempts,
      deliveredAt: input.at,
      lastError: null,
    });
    return true;
  }
  async markFailed(input: {
    id: string;
    attempts: number;
    nextAttemptAt: Date;
    error: string;
  }): Promise<void> {
    const row = this.rows.get(input.id);
    if (!row || row.status !== 'pending') return;
    this.rows.set(input.id, {
      ...row,
      attempts: input.attempts,
      nextAttemptAt: input.nextAttemptAt,
      lastError: input.error,
    });
  }
  async forNotice(tenantId: TenantId, noticeId: string): Promise<NoticeDelivery[]> {
    return [...this.rows.values()].filter(
      (row) => row.tenantId === tenantId && row.noticeId === noticeId,
    );
  }
}

/** Only `insertMany` and `list` matter to notices; the rest refuse loudly. */
export class InMemoryTasks implements FollowUpTaskRepository {
  readonly rows: FollowUpTask[] = [];

  async insertMany(tasks: readonly FollowUpTask[]): Promise<void> {
    this.rows.push(...tasks);
  }
  async findById(tenantId: TenantId, id: string): Promise<FollowUpTask | null> {
    return this.rows.find((task) => task.tenantId === tenantId && task.id === id) ?? null;
  }
  async update(): Promise<boolean> {
    throw new Error('not used by notices');
  }
  async list(tenantId: TenantId, _filter: unknown, page: PageRequest): Promise<Page<FollowUpTask>> {
    return pageOf(
      this.rows.filter((task) => task.tenantId === tenantId),
      page,
    );
  }
  async cancelUntouched(): Promise<number> {
    throw new Error('not used by notices');
  }
}

/** A partner system per URL: answers from a script (`fail` n times, then 2xx), records every call. */
export class ScriptedWebhooks implements WebhookSender {
  readonly calls: { url: string; idempotencyKey: string; body: string; ok: boolean }[] = [];
  private readonly failuresLeft = new Map<string, number>();

  failNext(url: string, times: number): void {
    this.failuresLeft.set(url, times);
  }

  async send(input: {
    url: string;
    secret: string;
    idempotencyKey: string;
    body: string;
  }): Promise<WebhookResult> {
    const left = this.failuresLeft.get(input.url) ?? 0;
    const ok = left === 0;
    if (!ok) this.failuresLeft.set(input.url, left - 1);
    this.calls.push({ url: input.url, idempotencyKey: input.idempotencyKey, body: input.body, ok });
    return ok ? { ok: true, status: 200 } : { ok: false, error: 'HTTP 503' };
  }
}

export function aService(overrides: Partial<CatalogueService> = {}): CatalogueService {
  return {
    id: globalThis.crypto.randomUUID(),
    name: 'Feltpleien',
    category: 'low-threshold',
    teamId: globalThis.crypto.randomUUID(),
    critical: true,
    mode: 'open',
    requiredCompetencies: [],
    ...overrides,
  };
}

export function aClient(overrides: Partial<ClientFacts> = {}): ClientFacts {
  return {
    clientId: globalThis.crypto.randomUUID(),
    vulnerabilityFlags: ['language-difficulty'],
    reachableByPhone: true,
    preferredLanguage: 'ti',
    interpreterNeeded: true,
    primaryContact: 'nurse-anne',
    backupContact: null,
    ...overrides,
  };
}

export type NoticesTestPorts = Pick<
  CrisisModePorts,
  | 'notices'
  | 'webhookEndpoints'
  | 'deliveries'
  | 'webhooks'
  | 'tasks'
  | 'catalogue'
  | 'partners'
  | 'languageSupport'
  | 'careRelations'
  | 'audit'
  | 'clock'
  | 'unitOfWork'
>;

/** Every port the notice use cases take, in memory, with handles to look inside. */
export function noticesTestPorts(world: {
  services?: CatalogueService[];
  partners?: PartnerOrganisation[];
  languageClients?: ClientFacts[];
  /** Clients the non-coordinator actors serve. */
  inCare?: string[];
  now?: string;
}) {
  const notices = new InMemoryNotices();
  const webhookEndpoints = new InMemoryWebhookEndpoints();
  const deliveries = new InMemoryDeliveries(notices);
  const webhooks = new ScriptedWebhooks();
  const tasks = new InMemoryTasks();
  const audited: AuditEntry[] = [];
  const clock = fixedClock(world.now ?? '2026-11-23T09:00:00.000Z');
  const services = world.services ?? [];
  const ports: NoticesTestPorts = {
    notices,
    webhookEndpoints,
    deliveries,
    webhooks,
    tasks,
    clock,
    unitOfWork: { run: (work) => work() },
    audit: { record: async (entry) => void audited.push(entry) },
    careRelations: {
      hasCareRelation: async (_actor, clientId) => (world.inCare ?? []).includes(clientId),
    },
    catalogue: {
      list: async () => services,
      find: async (_actor, id) => services.find((service) => service.id === id) ?? null,
    },
    partners: { list: async () => world.partners ?? [] },
    languageSupport: {
      needingLanguageSupport: async (_actor, page) => pageOf(world.languageClients ?? [], page),
    },
  };
  return { ports, notices, webhookEndpoints, deliveries, webhooks, tasks, audited, clock };
}
