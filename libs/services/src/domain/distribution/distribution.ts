import type { FieldViolation, TenantId } from '@lavterskel/kernel';
import type { IsoDate } from '../shared/calendar';
import { violation } from '../shared/validation';

/** What is handed out (SV-5). */
export const DISTRIBUTION_ITEMS = [
  'clean-equipment',
  'naloxone',
  'wound-care-kit',
  'nutrition-drink',
  'food-bag',
  'clothing',
] as const;
export type DistributionItem = (typeof DISTRIBUTION_ITEMS)[number];

/** Where it is handed out. */
export const DISTRIBUTION_SETTINGS = [
  'premises',
  'outreach',
  'delivery',
  'temporary-housing',
] as const;
export type DistributionSetting = (typeof DISTRIBUTION_SETTINGS)[number];

/** A count of one item handed out, to a known client or anonymously. */
export interface DistributionRecord {
  id: string;
  tenantId: TenantId;
  serviceId: string;
  /** `null`: handed out anonymously. */
  clientId: string | null;
  item: DistributionItem;
  quantity: number;
  setting: DistributionSetting;
  /** The partner organisation that handed it out with or for the service. */
  partnerId: string | null;
  givenAt: Date;
  /** The Oslo day of `givenAt`. */
  day: IsoDate;
  recordedBy: string;
  createdAt: Date;
}

export interface DistributionLine {
  item: DistributionItem;
  quantity: number;
}

/** One row of the totals: an item at a setting in an ISO week. */
export interface DistributionTotal {
  week: string;
  item: DistributionItem;
  setting: DistributionSetting;
  quantity: number;
  /** Of `quantity`, how much went to known clients. */
  toKnownClients: number;
  records: number;
}

/** At most 100 of one item in one record: a larger count is a typing error, not a handout. */
export const MAX_QUANTITY = 100;

export function distributionLineViolations(lines: readonly DistributionLine[]): FieldViolation[] {
  return [
    lines.length === 0 && violation('items', 'not-empty', 'must list at least one item'),
    ...lines.flatMap((line, i) => [
      !(DISTRIBUTION_ITEMS as readonly string[]).includes(line.item) &&
        violation(`items[${i}].item`, 'one-of', `must be one of ${DISTRIBUTION_ITEMS.join(', ')}`),
      !(Number.isInteger(line.quantity) && line.quantity >= 1 && line.quantity <= MAX_QUANTITY) &&
        violation(
          `items[${i}].quantity`,
          'count',
          `must be a whole number from 1 to ${MAX_QUANTITY}`,
        ),
    ]),
    new Set(lines.map((line) => line.item)).size !== lines.length &&
      violation('items', 'unique-items', 'must list each item once'),
  ].filter((check): check is FieldViolation => Boolean(check));
}
