import { newId, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import {
  assertRegisteredClient,
  authorizeClientRecord,
  servesInTeam,
} from '../shared/client-access';
import { assertValid, unknownReference, violation } from '../shared/validation';
import {
  warrantsTesting,
  type OutreachContact,
  type ReferralTarget,
  type Symptom,
} from './outreach-contact';

export interface RecordOutreachContactInput {
  actor: Actor;
  serviceId: string;
  missionId?: string;
  placeId?: string;
  /** Omit for someone met anonymously. */
  clientId?: string;
  /** Default: now. */
  metAt?: Date;
  newContact: boolean;
  symptoms: Symptom[];
  referrals: ReferralTarget[];
  breakGlassReason?: string;
}

/** Records someone met on outreach, what was observed and where they were referred (SV-6). */
export class RecordOutreachContact {
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

  async execute(input: RecordOutreachContactInput): Promise<OutreachContact> {
    const { actor } = input;
    const now = this.ports.clock.now();
    const metAt = input.metAt ?? now;
    assertValid([
      metAt.getTime() > now.getTime() &&
        violation('metAt', 'not-in-future', 'must not be in the future'),
      new Set(input.symptoms).size !== input.symptoms.length &&
        violation('symptoms', 'unique', 'must not repeat a symptom'),
      new Set(input.referrals).size !== input.referrals.length &&
        violation('referrals', 'unique', 'must not repeat a referral'),
    ]);
    return this.ports.unitOfWork.run(async () => {
      const service = await this.ports.services.findById(actor.tenantId, input.serviceId);
      if (!service) throw unknownReference('serviceId', 'service');
      if (
        input.missionId !== undefined &&
        (await this.ports.outreach.findMission(actor.tenantId, input.missionId))?.serviceId !==
          service.id
      ) {
        throw unknownReference('missionId', 'mission of this service');
      }
      if (
        input.placeId !== undefined &&
        (await this.ports.outreach.findPlace(actor.tenantId, input.placeId))?.serviceId !==
          service.id
      ) {
        throw unknownReference('placeId', 'outreach place of this service');
      }
      if (input.clientId !== undefined)
        await assertRegisteredClient({ actor, clientId: input.clientId }, this.ports);
      if (input.clientId !== undefined && !servesInTeam(actor, service.teamId)) {
        await authorizeClientRecord(
          { ...input, clientId: input.clientId, resource: 'client' },
          this.ports,
        );
      }
      const contact: OutreachContact = {
        id: newId(),
        tenantId: actor.tenantId,
        serviceId: service.id,
        missionId: input.missionId ?? null,
        placeId: input.placeId ?? null,
        clientId: input.clientId ?? null,
        metAt,
        newContact: input.newContact,
        symptoms: input.symptoms,
        testingAdvised: warrantsTesting(input.symptoms),
        referrals: input.referrals,
        recordedBy: actor.subject,
        createdAt: now,
      };
      await this.ports.outreach.insertContact(contact);
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: 'outreach-contact',
        resourceId: contact.id,
        clientId: contact.clientId ?? undefined,
      });
      return contact;
    });
  }
}
