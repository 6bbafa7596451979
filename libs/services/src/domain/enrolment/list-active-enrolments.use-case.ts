import { isUuid, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { IsoDate } from '../shared/calendar';
import { assertValid, calendarDate, violation } from '../shared/validation';
import type { ActiveEnrolment } from './enrolment';

export interface ListActiveEnrolmentsInput {
  /** Whose municipality; the caller has authorised the use (e.g. a crisis activation). */
  actor: Actor;
  /** The Oslo day the enrolments are in force. */
  on: IsoDate;
  /** Only these services' enrolments. */
  serviceIds?: readonly string[];
  /** Only these clients' enrolments. */
  clientIds?: readonly string[];
  /** Why, for the audit trail, e.g. "crisis activation: clients whose service stops". */
  purpose?: string;
}

/**
 * The enrolments in force on a day across many services (or of some clients), in one query:
 * what other libraries' ports are wired to (crisis mode finds whose in-person service stops).
 * At least one filter is required. Ids only; audited as one search naming every client listed.
 */
export class ListActiveEnrolments {
  constructor(private readonly ports: Pick<ServicesPorts, 'enrolments' | 'audit' | 'unitOfWork'>) {}

  async execute(input: ListActiveEnrolmentsInput): Promise<ActiveEnrolment[]> {
    const { actor, serviceIds, clientIds } = input;
    assertValid([
      calendarDate(input.on, 'on') ||
        (input.on === undefined && violation('on', 'required', 'must be a date YYYY-MM-DD')),
      serviceIds === undefined &&
        clientIds === undefined &&
        violation('serviceIds', 'required', 'give serviceIds, clientIds or both'),
      ...uuidViolations(serviceIds, 'serviceIds'),
      ...uuidViolations(clientIds, 'clientIds'),
    ]);
    const lower = (ids?: readonly string[]) => ids?.map((id) => id.toLowerCase());
    return this.ports.unitOfWork.run(async () => {
      const enrolments =
        serviceIds?.length === 0 || clientIds?.length === 0
          ? []
          : await this.ports.enrolments.activeOn({
              tenantId: actor.tenantId,
              day: input.on,
              serviceIds: lower(serviceIds),
              clientIds: lower(clientIds),
            });
      await this.ports.audit.record({
        actor,
        action: 'search',
        resourceType: 'enrolment',
        reason: input.purpose,
        clientIds: [...new Set(enrolments.map((enrolment) => enrolment.clientId))],
      });
      return enrolments;
    });
  }
}

function uuidViolations(ids: readonly string[] | undefined, field: string) {
  return (ids ?? []).map(
    (id, i) => !isUuid(id) && violation(`${field}[${i}]`, 'uuid', 'must be a UUID'),
  );
}
