import { newId, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { assertValid, unknownReference } from '../shared/validation';
import { outreachPlaceViolations, type OutreachPlace } from './outreach-place';

export type CreateOutreachPlaceInput = Pick<
  OutreachPlace,
  'serviceId' | 'name' | 'description' | 'schedule' | 'activeFrom' | 'activeTo'
> & {
  actor: Actor;
};

/** Sets up a fixed place the team visits at fixed weekly times (SV-6). */
export class CreateOutreachPlace {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'services' | 'outreach' | 'audit' | 'unitOfWork' | 'clock'
    >,
  ) {}

  async execute({ actor, ...input }: CreateOutreachPlaceInput): Promise<OutreachPlace> {
    assertValid(outreachPlaceViolations(input));
    return this.ports.unitOfWork.run(async () => {
      if (!(await this.ports.services.findById(actor.tenantId, input.serviceId)))
        throw unknownReference('serviceId', 'service');
      const place: OutreachPlace = {
        ...input,
        id: newId(),
        tenantId: actor.tenantId,
        name: input.name.trim(),
        createdAt: this.ports.clock.now(),
      };
      await this.ports.outreach.insertPlace(place);
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: 'outreach-place',
        resourceId: place.id,
      });
      return place;
    });
  }
}
