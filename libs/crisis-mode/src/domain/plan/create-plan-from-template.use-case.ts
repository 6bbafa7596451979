import type { Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import { violation, assertValid } from '../shared/violations';
import type { CrisisPlan } from './crisis-plan';
import { CreatePlan } from './create-plan.use-case';
import {
  SKIEN_2020_SERVICES,
  skien2020Plan,
  type Skien2020Mapping,
  type Skien2020Service,
} from './templates/skien-2020.template';

export interface CreatePlanFromTemplateInput {
  actor: Actor;
  name?: string;
  /** The municipality's own service for each service the template has a rule for. */
  services: Skien2020Mapping;
}

/**
 * CR-1: the Skien 2020 template as a new plan of the municipality's own services. Every service
 * mapped must exist; template services left unmapped are listed, and their rules left out.
 */
export class CreatePlanFromTemplate {
  private readonly create: CreatePlan;

  constructor(
    private readonly ports: Pick<
      CrisisModePorts,
      'plans' | 'audit' | 'clock' | 'unitOfWork' | 'catalogue'
    >,
  ) {
    this.create = new CreatePlan(ports);
  }

  async execute(
    input: CreatePlanFromTemplateInput,
  ): Promise<{ plan: CrisisPlan; unmapped: Skien2020Service[] }> {
    const mapped = SKIEN_2020_SERVICES.filter((key) => input.services[key]);
    return this.ports.unitOfWork.run(async () => {
      const known = new Set(
        (await this.ports.catalogue.list(input.actor)).map((service) => service.id.toLowerCase()),
      );
      assertValid(
        mapped.map(
          (key) =>
            !known.has((input.services[key] ?? '').toLowerCase()) &&
            violation(
              `services.${key}`,
              'exists',
              'must be the id of a service in your municipality',
            ),
        ),
      );
      const { plan, unmapped } = skien2020Plan(input);
      return { plan: await this.create.execute({ actor: input.actor, content: plan }), unmapped };
    });
  }
}
