import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { Notice, NoticeRecipient, NoticeSummary, RecipientKind } from './notice';

export interface NoticeRepository {
  /** The notice and all its recipients (one multi-row INSERT), in the caller's transaction. */
  insert(notice: Notice, recipients: readonly NoticeRecipient[]): Promise<void>;
  find(tenantId: TenantId, noticeId: string): Promise<Notice | null>;
  /** Newest first, with acknowledgement counts. */
  list(tenantId: TenantId, page: PageRequest): Promise<Page<NoticeSummary>>;
  /** Every recipient of a notice (a municipality's services and partners: hundreds at most). */
  recipients(tenantId: TenantId, noticeId: string): Promise<NoticeRecipient[]>;
  /** Recipients that have not acknowledged, by name. */
  unacknowledged(
    tenantId: TenantId,
    noticeId: string,
    page: PageRequest,
  ): Promise<Page<NoticeRecipient>>;
  findRecipient(input: {
    tenantId: TenantId;
    noticeId: string;
    kind: RecipientKind;
    recipientId: string;
  }): Promise<NoticeRecipient | null>;
  /** Sets the acknowledgement unless one is there; false when it was acknowledged already. */
  acknowledge(input: {
    tenantId: TenantId;
    noticeId: string;
    kind: RecipientKind;
    recipientId: string;
    by: string;
    at: Date;
  }): Promise<boolean>;
  /**
   * Notices of any municipality whose acknowledgement deadline has passed and that have no
   * reminders yet, locked (`FOR UPDATE SKIP LOCKED`): two API processes never take the same one.
   */
  claimDueForReminders(input: { now: Date; limit: number }): Promise<Notice[]>;
  markRemindersCreated(tenantId: TenantId, noticeId: string, at: Date): Promise<void>;
  /**
   * Records that these clients get a language follow-up for the notice; returns the ones that
   * had none yet (a unique key makes a repeated or concurrent request create no second task).
   */
  recordLanguageFollowUps(input: {
    tenantId: TenantId;
    noticeId: string;
    clientIds: readonly string[];
    at: Date;
  }): Promise<Set<string>>;
  /** Which of these clients already have a language follow-up for the notice. */
  languageFollowUpsAmong(input: {
    tenantId: TenantId;
    noticeId: string;
    clientIds: readonly string[];
  }): Promise<Set<string>>;
}
