import { notFound, staleVersion, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { assertValid, unknownReference } from '../shared/validation';
import { serviceDetailsViolations, type Service, type ServiceDetails } from './service';

export interface UpdateServiceInput {
  actor: Actor;
  serviceId: string;
  /** The version the caller read (If-Match). */
  expectedVersion: number;
  changes: Partial<ServiceDetails>;
}

/** Changes a service's details; its mode is changed by `ChangeServiceMode` only. */
export class UpdateService {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'services' | 'teams' | 'audit' | 'unitOfWork' | 'clock'
    >,
  ) {}

  async execute(input: UpdateServiceInput): Promise<Service> {
    const { actor } = input;
    return this.ports.unitOfWork.run(async () => {
      const current = await this.ports.services.findById(actor.tenantId, input.serviceId);
      if (!current) throw notFound('service');
      if (current.version !== input.expectedVersion) throw staleVersion();
      const details: ServiceDetails = { ...pickDetails(current), ...definedOnly(input.changes) };
      assertValid(serviceDetailsViolations(details));
      if (
        details.teamId !== current.teamId &&
        !(await this.ports.teams.findById(actor.tenantId, details.teamId))
      ) {
        throw unknownReference('teamId', 'team');
      }
      const updated: Service = {
        ...current,
        ...details,
        name: details.name.trim(),
        version: current.version + 1,
        updatedAt: this.ports.clock.now(),
      };
      if (!(await this.ports.services.update(updated, current.version))) throw staleVersion();
      await this.ports.audit.record({
        actor,
        action: 'update',
        resourceType: 'service',
        resourceId: updated.id,
      });
      return updated;
    });
  }
}

function pickDetails(service: Service): ServiceDetails {
  const {
    teamId,
    name,
    category,
    location,
    openingHours,
    capacity,
    critical,
    requiredCompetencies,
  } = service;
  return {
    teamId,
    name,
    category,
    location,
    openingHours,
    capacity,
    critical,
    requiredCompetencies,
  };
}

/** A PATCH leaves out what it does not change; `null` (e.g. no capacity limit) is a change. */
function definedOnly(changes: Partial<ServiceDetails>): Partial<ServiceDetails> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
}
