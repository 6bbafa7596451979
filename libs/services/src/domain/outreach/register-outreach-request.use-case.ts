import { newId, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import {
  assertRegisteredClient,
  authorizeClientRecord,
  servesInTeam,
} from '../shared/client-access';
import { assertValid, notBlank, unknownReference, violation } from '../shared/validation';
import type { OutreachRequest, RequestChannel } from './outreach-request';

export interface RegisterOutreachRequestInput {
  actor: Actor;
  serviceId: string;
  clientId?: string;
  channel: RequestChannel;
  /** Default: now. */
  receivedAt?: Date;
  location: string;
  need: string;
  breakGlassReason?: string;
}

/** Registers a call or message asking the ambulant team to come out (SV-6). */
export class RegisterOutreachRequest {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      | 'services'
      | 'outreach'
      | 'clientDirectory'
      | 'careRelations'
      | 'audit'
      | 'unitOfWork'
      | 'clock'
    >,
  ) {}

  async execute(input: RegisterOutreachRequestInput): Promise<OutreachRequest> {
    const { actor } = input;
    const now = this.ports.clock.now();
    const receivedAt = input.receivedAt ?? now;
    assertValid([
      notBlank(input.location, 'location'),
      notBlank(input.need, 'need'),
      receivedAt.getTime() > now.getTime() &&
        violation('receivedAt', 'not-in-future', 'must not be in the future'),
    ]);
    return this.ports.unitOfWork.run(async () => {
      const service = await this.ports.services.findById(actor.tenantId, input.serviceId);
      if (!service) throw unknownReference('serviceId', 'service');
      if (input.clientId !== undefined)
        await assertRegisteredClient({ actor, clientId: input.clientId }, this.ports);
      // The team on the phone takes requests for anyone; others need a relation to a named client.
      if (input.clientId !== undefined && !servesInTeam(actor, service.teamId)) {
        await authorizeClientRecord(
          { ...input, clientId: input.clientId, resource: 'client' },
          this.ports,
        );
      }
      const request: OutreachRequest = {
        id: newId(),
        tenantId: actor.tenantId,
        serviceId: service.id,
        clientId: input.clientId ?? null,
        channel: input.channel,
        receivedAt,
        location: input.location.trim(),
        need: input.need.trim(),
        status: 'open',
        createdBy: actor.subject,
      };
      await this.ports.outreach.insertRequest(request);
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: 'outreach-request',
        resourceId: request.id,
        clientId: request.clientId ?? undefined,
      });
      return request;
    });
  }
}
