import type { TenantId } from '@lavterskel/kernel';
import type { Group, LocationKind } from '../domain/group';
import type { ScheduleSlot, Weekday } from '../domain/schedule';
import { GroupEntity } from './group.entity';

export function toGroup(row: GroupEntity): Group {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    serviceId: row.serviceId,
    name: row.name,
    locationKind: row.locationKind as LocationKind,
    capacity: row.capacity,
    schedule: row.schedule.map((slot): ScheduleSlot => ({
      weekday: slot.weekday as Weekday,
      startTime: slot.startTime,
      durationMinutes: slot.durationMinutes,
      maxCohorts: slot.maxCohorts,
    })),
    activeArrangementId: row.activeArrangementId,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function fromGroup(group: Group): GroupEntity {
  return Object.assign(new GroupEntity(), {
    id: group.id,
    tenantId: group.tenantId,
    serviceId: group.serviceId,
    name: group.name,
    locationKind: group.locationKind,
    capacity: group.capacity,
    schedule: group.schedule.map(({ weekday, startTime, durationMinutes, maxCohorts }) => ({
      weekday,
      startTime,
      durationMinutes,
      maxCohorts,
    })),
    activeArrangementId: group.activeArrangementId,
    version: group.version,
    createdAt: group.createdAt,
    updatedAt: group.updatedAt,
  });
}
