/**
 * A vedtak (CL-7): the formal decision granting a client a service for a number of hours per
 * week, valid from one day, until another or until further notice. A change is a new vedtak.
 */
export interface Vedtak {
  readonly id: string;
  readonly clientId: string;
  /** The municipality's case or decision number. */
  readonly reference: string | null;
  /** The service granted, e.g. "Ambulant oppfølging i hjemmet". */
  readonly service: string;
  readonly hoursPerWeek: number;
  /** Oslo day, `YYYY-MM-DD`. */
  readonly decidedOn: string;
  readonly validFrom: string;
  /** Last valid day, or null until further notice. */
  readonly validTo: string | null;
  readonly recordedBy: string;
  readonly recordedAt: Date;
}

export const MAX_HOURS_PER_WEEK = 168;
