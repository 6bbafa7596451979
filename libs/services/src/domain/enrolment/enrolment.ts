import type { TenantId } from '@lavterskel/kernel';
import { withinPeriod, type IsoDate } from '../shared/calendar';

/** A client's episode of care in one service (SV-3). The client is referred to by id only. */
export interface Enrolment {
  id: string;
  tenantId: TenantId;
  clientId: string;
  serviceId: string;
  startedOn: IsoDate;
  /** The last day; `null` while open. */
  endedOn: IsoDate | null;
  reason: string;
  endReason: string | null;
  createdBy: string;
  createdAt: Date;
  version: number;
}

/** An enrolment in force on a day, as lists across many services return it. */
export type ActiveEnrolment = Pick<Enrolment, 'id' | 'clientId' | 'serviceId' | 'startedOn'>;

export function isActiveOn(
  enrolment: Pick<Enrolment, 'startedOn' | 'endedOn'>,
  day: IsoDate,
): boolean {
  return withinPeriod(day, enrolment.startedOn, enrolment.endedOn);
}
