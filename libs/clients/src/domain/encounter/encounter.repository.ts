import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { Encounter } from './encounter';

export interface EncounterFilter {
  tenantId: TenantId;
  clientId: string;
  /** Oslo day, `YYYY-MM-DD`, included. */
  from?: string;
  /** Oslo day, `YYYY-MM-DD`, included. */
  to?: string;
}

/** Minutes of attended encounters under one vedtak on one Oslo day. */
export interface DailyMinutes {
  readonly date: string;
  readonly minutes: number;
}

/** Port: the contact log. Every method is tenant-scoped. */
export interface EncounterRepository {
  insert(tenantId: TenantId, encounter: Encounter): Promise<void>;
  /** The client's encounter, or null when there is none with that id for that client. */
  find(tenantId: TenantId, clientId: string, encounterId: string): Promise<Encounter | null>;
  /** Newest first. */
  list(filter: EncounterFilter, page: PageRequest): Promise<Page<Encounter>>;
  /** Attended minutes under `vedtakId` per Oslo day from `from` to `to` (both included). */
  attendedMinutesByDay(request: {
    tenantId: TenantId;
    vedtakId: string;
    from: string;
    to: string;
  }): Promise<DailyMinutes[]>;
}
