import { osloDate, type Page, type PageRequest, type TenantId } from '@lavterskel/kernel';
import type { Encounter } from '../encounter/encounter';
import type {
  DailyMinutes,
  EncounterFilter,
  EncounterRepository,
} from '../encounter/encounter.repository';
import { memoryPage } from './memory-page';

export class InMemoryEncounterRepository implements EncounterRepository {
  readonly encounters: (Encounter & { tenantId: TenantId })[] = [];

  async insert(tenantId: TenantId, encounter: Encounter): Promise<void> {
    this.encounters.push({ ...encounter, tenantId });
  }

  async find(tenantId: TenantId, clientId: string, encounterId: string): Promise<Encounter | null> {
    const found = this.encounters.find(
      (encounter) =>
        encounter.tenantId === tenantId &&
        encounter.clientId === clientId &&
        encounter.id === encounterId,
    );
    if (!found) return null;
    const { tenantId: _, ...encounter } = found;
    return encounter;
  }

  async list(filter: EncounterFilter, page: PageRequest): Promise<Page<Encounter>> {
    const matching = this.encounters
      .filter((encounter) => {
        const day = osloDate(encounter.occurredAt);
        return (
          encounter.tenantId === filter.tenantId &&
          encounter.clientId === filter.clientId &&
          (filter.from === undefined || day >= filter.from) &&
          (filter.to === undefined || day <= filter.to)
        );
      })
      .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime())
      .map(({ tenantId: _, ...encounter }) => encounter);
    return memoryPage(matching, page);
  }

  async attendedMinutesByDay(request: {
    tenantId: TenantId;
    vedtakId: string;
    from: string;
    to: string;
  }): Promise<DailyMinutes[]> {
    const byDay = new Map<string, number>();
    for (const encounter of this.encounters) {
      const date = osloDate(encounter.occurredAt);
      if (
        encounter.tenantId !== request.tenantId ||
        encounter.vedtakId !== request.vedtakId ||
        encounter.outcome !== 'attended'
      )
        continue;
      if (date < request.from || date > request.to) continue;
      byDay.set(date, (byDay.get(date) ?? 0) + (encounter.durationMinutes ?? 0));
    }
    return [...byDay]
      .map(([date, minutes]) => ({ date, minutes }))
      .sort((a, b) => a.date.localeCompare(b.date));
  }
}
