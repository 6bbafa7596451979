import type { Page, PageRequest } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { Violations } from '../shared/violations';
import type { Encounter } from './encounter';
import { isCalendarDay } from '@lavterskel/kernel';

export interface ListEncountersInput extends ClientRecordRequest {
  /** Oslo days, `YYYY-MM-DD`, both included. */
  from?: string;
  to?: string;
  page: PageRequest;
}

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'encounters' | 'careRelations' | 'unitOfWork' | 'audit'
>;

/** CL-5: a client's contact log, newest first. */
export class ListEncounters {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ListEncountersInput): Promise<Page<Encounter>> {
    const violations = new Violations();
    for (const field of ['from', 'to'] as const) {
      const value = input[field];
      if (value !== undefined && !isCalendarDay(value))
        violations.add(field, 'calendar-date', 'must be a real date, YYYY-MM-DD');
    }
    violations.throwIfAny();
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const page = await this.deps.encounters.list(
        { tenantId: input.actor.tenantId, clientId: client.id, from: input.from, to: input.to },
        input.page,
      );
      await this.deps.audit.record({
        actor: input.actor,
        action: 'read',
        resourceType: 'encounter',
        clientId: client.id,
      });
      return page;
    });
  }
}
