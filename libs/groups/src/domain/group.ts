import { isUuid, type FieldViolation, type TenantId } from '@lavterskel/kernel';
import { scheduleViolations, type ScheduleSlot } from './schedule';

export const LOCATION_KINDS = ['indoor', 'outdoor', 'online'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

export const MAX_GROUP_CAPACITY = 500;

/** A group activity (GR-1): yoga, street football, a walk, an aftercare group, owned by one service. */
export interface Group {
  readonly id: string;
  readonly tenantId: TenantId;
  /** The owning service in the services library; referred to by id only. */
  readonly serviceId: string;
  readonly name: string;
  readonly locationKind: LocationKind;
  /** Active members the group takes at most, over all its cohorts. */
  readonly capacity: number;
  readonly schedule: readonly ScheduleSlot[];
  /** The cohort arrangement in force (crisis), or null in normal operation. */
  readonly activeArrangementId: string | null;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** The fields a caller sets on a group. */
export interface GroupFields {
  serviceId: string;
  name: string;
  locationKind: LocationKind;
  capacity: number;
  schedule: readonly ScheduleSlot[];
}

/** Every rule the given fields break; only the fields present are checked. */
export function groupFieldViolations(fields: Partial<GroupFields>): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (fields.serviceId !== undefined && !isUuid(fields.serviceId)) {
    violations.push({ field: 'serviceId', rule: 'uuid', message: 'must be a UUID' });
  }
  if (
    fields.name !== undefined &&
    (fields.name.trim().length === 0 || fields.name.trim().length > 120)
  ) {
    violations.push({ field: 'name', rule: 'length', message: 'must be 1 to 120 characters' });
  }
  if (
    fields.locationKind !== undefined &&
    !(LOCATION_KINDS as readonly string[]).includes(fields.locationKind)
  ) {
    violations.push({
      field: 'locationKind',
      rule: 'enum',
      message: `must be one of ${LOCATION_KINDS.join(', ')}`,
    });
  }
  if (
    fields.capacity !== undefined &&
    (!Number.isInteger(fields.capacity) ||
      fields.capacity < 1 ||
      fields.capacity > MAX_GROUP_CAPACITY)
  ) {
    violations.push({
      field: 'capacity',
      rule: 'range',
      message: `must be a whole number from 1 to ${MAX_GROUP_CAPACITY}`,
    });
  }
  if (fields.schedule !== undefined) violations.push(...scheduleViolations(fields.schedule));
  return violations;
}
