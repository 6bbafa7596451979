import type { TenantId } from '@lavterskel/kernel';

/** Who a notice goes to: one of the municipality's services, or a partner organisation (CR-6). */
export const RECIPIENT_KINDS = ['service', 'partner'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** A notice about changed national or local rules, published by a crisis coordinator (CR-6). */
export interface Notice {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly title: string;
  readonly body: string;
  /** Where the rule change is published (the guideline, the municipality's page). */
  readonly sourceUrl: string;
  readonly effectiveFrom: Date;
  /** Recipients who have not acknowledged by then get a reminder task. */
  readonly acknowledgeBy: Date;
  readonly publishedBy: string;
  readonly publishedAt: Date;
  /** When the reminder tasks were created; set once, so they are never created twice. */
  readonly remindersCreatedAt: Date | null;
}

/** One recipient of a notice, with its acknowledgement. */
export interface NoticeRecipient {
  readonly tenantId: TenantId;
  readonly noticeId: string;
  readonly kind: RecipientKind;
  readonly recipientId: string;
  /** The service's or partner's name when the notice was published. */
  readonly name: string;
  /** The team that runs the service (`null` for a partner): its reminder task goes there. */
  readonly teamId: string | null;
  readonly acknowledgedAt: Date | null;
  readonly acknowledgedBy: string | null;
}

/** A notice in a list, with how many of its recipients have acknowledged it. */
export interface NoticeSummary extends Notice {
  readonly recipientCount: number;
  readonly acknowledgedCount: number;
}
