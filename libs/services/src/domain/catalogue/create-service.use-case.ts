import { newId, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { assertValid, unknownReference } from '../shared/validation';
import { serviceDetailsViolations, type Service, type ServiceDetails } from './service';

export interface CreateServiceInput extends ServiceDetails {
  actor: Actor;
}

/** Adds a service to the catalogue (SV-1). It starts `open`; only a mode change changes that. */
export class CreateService {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'services' | 'teams' | 'audit' | 'unitOfWork' | 'clock'
    >,
  ) {}

  async execute({ actor, ...details }: CreateServiceInput): Promise<Service> {
    assertValid(serviceDetailsViolations(details));
    return this.ports.unitOfWork.run(async () => {
      if (!(await this.ports.teams.findById(actor.tenantId, details.teamId)))
        throw unknownReference('teamId', 'team');
      const now = this.ports.clock.now();
      const service: Service = {
        ...details,
        id: newId(),
        tenantId: actor.tenantId,
        name: details.name.trim(),
        mode: 'open',
        modeChangedAt: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      await this.ports.services.insert(service);
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: 'service',
        resourceId: service.id,
      });
      return service;
    });
  }
}
