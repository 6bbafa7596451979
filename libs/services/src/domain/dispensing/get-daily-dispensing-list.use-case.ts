import { notFound, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { IsoDate } from '../shared/calendar';
import { authorizeServiceRoster } from '../shared/client-access';
import { assertValid, calendarDate, unknownReference } from '../shared/validation';
import { dailyDispensingList, type DailyDispensingList } from './daily-dispensing-list';
import type { DispensingPlace } from './prescription';

export interface GetDailyDispensingListInput {
  actor: Actor;
  serviceId: string;
  day: IsoDate;
  /** The pharmacy's list for this service's clients; without it, the centre's own list. */
  pharmacyId?: string;
  breakGlassReason?: string;
}

/** The day's dispensing list of one place: who is due, who has had it, who is missing (SV-4). */
export class GetDailyDispensingList {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'services' | 'partners' | 'prescriptions' | 'dispensings' | 'audit' | 'unitOfWork'
    >,
  ) {}

  async execute(input: GetDailyDispensingListInput): Promise<DailyDispensingList> {
    const { actor, day } = input;
    assertValid([calendarDate(day, 'date')]);
    return this.ports.unitOfWork.run(async () => {
      const service = await this.ports.services.findById(actor.tenantId, input.serviceId);
      if (!service) throw notFound('service');
      await authorizeServiceRoster({ ...input, service }, this.ports);
      if (
        input.pharmacyId !== undefined &&
        (await this.ports.partners.findById(actor.tenantId, input.pharmacyId))?.kind !== 'pharmacy'
      ) {
        throw unknownReference('pharmacyId', 'pharmacy');
      }
      const place: DispensingPlace =
        input.pharmacyId === undefined
          ? { kind: 'centre' }
          : { kind: 'pharmacy', pharmacyId: input.pharmacyId };
      const prescriptions = await this.ports.prescriptions.validOn(actor.tenantId, service.id, day);
      const ids = prescriptions.map((p) => p.id);
      const transfers = await this.ports.prescriptions.transfersOf(actor.tenantId, ids);
      const events = await this.ports.dispensings.liveOnDay(actor.tenantId, ids, day);
      const list = dailyDispensingList({ day, place, prescriptions, transfers, events });
      await this.ports.audit.record({
        actor,
        action: 'search',
        resourceType: 'dispensing-list',
        resourceId: service.id,
        reason: `daily list ${day}`,
        // Every client on the list, so the look appears in each one's access log.
        clientIds: [
          ...new Set(
            [...list.dispensed, ...list.missing].map((entry) => entry.prescription.clientId),
          ),
        ],
      });
      return list;
    });
  }
}
