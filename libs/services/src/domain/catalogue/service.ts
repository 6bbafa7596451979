import type { FieldViolation, TenantId } from '@lavterskel/kernel';
import { notBlank, violation } from '../shared/validation';
import { openingHoursViolations, type OpeningHours } from './opening-hours';

/** Where a service sits along the chain of help (SV-1). */
export const SERVICE_CATEGORIES = [
  'prevention',
  'low-threshold',
  'treatment-follow-up',
  'aftercare',
  'housing',
  'activity',
  'work',
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/** How a service runs now; only `ChangeServiceMode` changes it (crisis mode does, through it). */
export const SERVICE_MODES = [
  'open',
  'reduced',
  'remote',
  'outdoor-only',
  'delivery-only',
  'closed',
] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];

/** A competency code such as `lar-dispensing` or `field-nursing`: lower-case words joined by hyphens. */
export const COMPETENCY_CODE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export interface ServiceLocation {
  name: string;
  address: string | null;
}

export interface Service {
  id: string;
  tenantId: TenantId;
  /** The team that runs the service; its members see the service's clients. */
  teamId: string;
  name: string;
  category: ServiceCategory;
  location: ServiceLocation;
  openingHours: OpeningHours[];
  /** People served at once; `null` when the service sets no limit. */
  capacity: number | null;
  /** Must keep running in any crisis (SV-1, CR-5). */
  critical: boolean;
  /** Competencies a staff member needs to work here, e.g. `lar-dispensing`. */
  requiredCompetencies: string[];
  mode: ServiceMode;
  modeChangedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What a team lead sets on a service; the mode is not among it. */
export type ServiceDetails = Pick<
  Service,
  | 'teamId'
  | 'name'
  | 'category'
  | 'location'
  | 'openingHours'
  | 'capacity'
  | 'critical'
  | 'requiredCompetencies'
>;

/** One switch of a service's mode, kept for good: who, when, why. */
export interface ServiceModeChange {
  id: string;
  tenantId: TenantId;
  serviceId: string;
  fromMode: ServiceMode;
  toMode: ServiceMode;
  reason: string;
  changedBy: string;
  changedAt: Date;
}

export function isServiceMode(value: unknown): value is ServiceMode {
  return typeof value === 'string' && (SERVICE_MODES as readonly string[]).includes(value);
}

/** The rules a service's details keep, whoever sets them. */
export function serviceDetailsViolations(details: ServiceDetails): FieldViolation[] {
  return [
    notBlank(details.name, 'name'),
    notBlank(details.location.name, 'location.name'),
    !(SERVICE_CATEGORIES as readonly string[]).includes(details.category) &&
      violation('category', 'one-of', `must be one of ${SERVICE_CATEGORIES.join(', ')}`),
    details.capacity !== null &&
      !(Number.isInteger(details.capacity) && details.capacity >= 1) &&
      violation(
        'capacity',
        'positive-integer',
        'must be a whole number of at least 1, or null for no limit',
      ),
    ...details.requiredCompetencies.map(
      (code, i) =>
        !COMPETENCY_CODE.test(code) &&
        violation(
          `requiredCompetencies[${i}]`,
          'competency-code',
          'must be lower-case words joined by hyphens, e.g. lar-dispensing',
        ),
    ),
    new Set(details.requiredCompetencies).size !== details.requiredCompetencies.length &&
      violation('requiredCompetencies', 'unique', 'must not repeat a competency'),
    ...openingHoursViolations(details.openingHours),
  ].filter((check): check is FieldViolation => Boolean(check));
}
