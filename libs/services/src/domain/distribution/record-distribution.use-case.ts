import { newId, osloDate, recordAll, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { assertRegisteredClient, authorizeClientRecord } from '../shared/client-access';
import { assertValid, unknownReference, violation } from '../shared/validation';
import {
  distributionLineViolations,
  type DistributionLine,
  type DistributionRecord,
  type DistributionSetting,
} from './distribution';

export interface RecordDistributionInput {
  actor: Actor;
  serviceId: string;
  /** Omit for an anonymous handout. */
  clientId?: string;
  setting: DistributionSetting;
  partnerId?: string;
  /** Default: now. */
  givenAt?: Date;
  items: DistributionLine[];
  breakGlassReason?: string;
}

/** Records what was handed out in one encounter, one record per item, all or nothing (SV-5). */
export class RecordDistribution {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      | 'services'
      | 'partners'
      | 'distributions'
      | 'clientDirectory'
      | 'careRelations'
      | 'audit'
      | 'unitOfWork'
      | 'clock'
    >,
  ) {}

  async execute(input: RecordDistributionInput): Promise<DistributionRecord[]> {
    const { actor } = input;
    const now = this.ports.clock.now();
    const givenAt = input.givenAt ?? now;
    assertValid([
      ...distributionLineViolations(input.items),
      givenAt.getTime() > now.getTime() &&
        violation('givenAt', 'not-in-future', 'must not be in the future'),
    ]);
    return this.ports.unitOfWork.run(async () => {
      if (!(await this.ports.services.findById(actor.tenantId, input.serviceId)))
        throw unknownReference('serviceId', 'service');
      if (
        input.partnerId !== undefined &&
        !(await this.ports.partners.findById(actor.tenantId, input.partnerId))
      ) {
        throw unknownReference('partnerId', 'partner');
      }
      if (input.clientId !== undefined) {
        const { clientId } = input;
        await assertRegisteredClient({ actor, clientId }, this.ports);
        await authorizeClientRecord({ ...input, clientId, resource: 'client' }, this.ports);
      }
      const records: DistributionRecord[] = input.items.map((line) => ({
        ...line,
        id: newId(),
        tenantId: actor.tenantId,
        serviceId: input.serviceId,
        clientId: input.clientId ?? null,
        setting: input.setting,
        partnerId: input.partnerId ?? null,
        givenAt,
        day: osloDate(givenAt),
        recordedBy: actor.subject,
        createdAt: now,
      }));
      await this.ports.distributions.insertAll(records);
      await recordAll(
        this.ports.audit,
        records.map((record) => ({
          actor,
          action: 'create',
          resourceType: 'distribution',
          resourceId: record.id,
          clientId: record.clientId ?? undefined,
        })),
      );
      return records;
    });
  }
}
