import {
  decodeCursor,
  encodeCursor,
  pageLimit,
  type Page,
  type PageRequest,
  type TenantId,
} from '@lavterskel/kernel';
import type { AppliedEffects, CrisisState, LevelChange } from '../activation/crisis-state';
import type { CrisisStateRepository } from '../activation/crisis-state.repository';

/**
 * `CrisisStateRepository` in memory, with the TypeORM repository's semantics: `save` with
 * `expectedVersion` 0 inserts only when the tenant has no state yet; otherwise it writes only
 * when the stored version is `expectedVersion`, storing `state.version` as given. History is
 * listed newest first (applied at, then id, descending) with a keyset cursor.
 */
export class InMemoryCrisisStateRepository implements CrisisStateRepository {
  private readonly states = new Map<TenantId, CrisisState>();
  private readonly changes: { change: LevelChange; effects: AppliedEffects }[] = [];

  /** Sets a tenant's state directly (test setup). */
  put(state: CrisisState): void {
    this.states.set(state.tenantId, { ...state });
  }

  async find(tenantId: TenantId): Promise<CrisisState | null> {
    const state = this.states.get(tenantId);
    return state ? { ...state } : null;
  }

  async save(state: CrisisState, expectedVersion: number): Promise<boolean> {
    const stored = this.states.get(state.tenantId);
    if (expectedVersion === 0 ? stored !== undefined : stored?.version !== expectedVersion)
      return false;
    this.states.set(state.tenantId, { ...state });
    return true;
  }

  async insertChange(change: LevelChange, effects: AppliedEffects): Promise<void> {
    if (
      this.changes.some(
        (entry) => entry.change.tenantId === change.tenantId && entry.change.id === change.id,
      )
    )
      throw uniqueViolation('level change');
    this.changes.push({ change: { ...change }, effects: { ...effects } });
  }

  async findEffects(tenantId: TenantId, levelChangeId: string): Promise<AppliedEffects | null> {
    const entry = this.changes.find(
      ({ change }) => change.tenantId === tenantId && change.id === levelChangeId,
    );
    return entry ? { ...entry.effects } : null;
  }

  async listChanges(tenantId: TenantId, page: PageRequest): Promise<Page<LevelChange>> {
    const limit = pageLimit(page);
    const key = (change: LevelChange): [string, string] => [
      change.appliedAt.toISOString(),
      change.id,
    ];
    const after = page.cursor ? (decodeCursor(page.cursor, 2) as [string, string]) : null;
    const ordered = this.changes
      .map(({ change }) => change)
      .filter((change) => change.tenantId === tenantId)
      .sort((a, b) => compareKeys(key(b), key(a)))
      .filter((change) => after === null || compareKeys(key(change), after) < 0);
    const items = ordered.slice(0, limit).map((change) => ({ ...change }));
    const last = items.at(-1);
    return {
      items,
      nextCursor: ordered.length > limit && last ? encodeCursor(key(last)) : null,
    };
  }
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

/** What PostgreSQL reports for a unique violation (`23505`), as the TypeORM repositories let it through. */
export function uniqueViolation(what: string): Error & { code: string } {
  return Object.assign(new Error(`duplicate key value violates unique constraint (${what})`), {
    code: '23505',
  });
}
