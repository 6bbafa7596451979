import type { TenantId } from '@lavterskel/kernel';
import type {
  Service,
  ServiceCategory,
  ServiceMode,
  ServiceModeChange,
} from '../../domain/catalogue/service';
import type { Team } from '../../domain/catalogue/team';
import { ServiceModeChangeEntity } from './service-mode-change.entity';
import { ServiceEntity } from './service.entity';
import { TeamEntity } from './team.entity';

export function toTeam(row: TeamEntity): Team {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    name: row.name,
    createdAt: row.createdAt,
  };
}

export function toService(row: ServiceEntity): Service {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    teamId: row.teamId,
    name: row.name,
    category: row.category as ServiceCategory,
    location: { name: row.locationName, address: row.locationAddress },
    openingHours: row.openingHours,
    capacity: row.capacity,
    critical: row.critical,
    requiredCompetencies: row.requiredCompetencies,
    mode: row.mode as ServiceMode,
    modeChangedAt: row.modeChangedAt,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function fromService(service: Service): ServiceEntity {
  return Object.assign(new ServiceEntity(), {
    id: service.id,
    tenantId: service.tenantId,
    teamId: service.teamId,
    name: service.name,
    category: service.category,
    locationName: service.location.name,
    locationAddress: service.location.address,
    openingHours: service.openingHours,
    capacity: service.capacity,
    critical: service.critical,
    requiredCompetencies: service.requiredCompetencies,
    mode: service.mode,
    modeChangedAt: service.modeChangedAt,
    version: service.version,
    createdAt: service.createdAt,
    updatedAt: service.updatedAt,
  });
}

export function toModeChange(row: ServiceModeChangeEntity): ServiceModeChange {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    serviceId: row.serviceId,
    fromMode: row.fromMode as ServiceMode,
    toMode: row.toMode as ServiceMode,
    reason: row.reason,
    changedBy: row.changedBy,
    changedAt: row.changedAt,
  };
}
