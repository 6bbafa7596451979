import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { newId, type TenantId } from '@lavterskel/kernel';
import { TypeOrmTransactionHost, kernelPersistence } from '@lavterskel/kernel/typeorm';
import type { BackupAssignment } from '../../domain/staffing/backup-assignment';
import { OSLO, SKIEN } from '../../domain/testing/in-memory-kernel';
import { crisisModePersistence } from '../crisis-mode-persistence';
import { TypeOrmBackupAssignmentRepository } from './typeorm-backup-assignment.repository';

describe('TypeOrmBackupAssignmentRepository (real PostgreSQL)', () => {
  let db: TestDatabase;
  let repository: TypeOrmBackupAssignmentRepository;
  const service = newId();

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: [...kernelPersistence.entities, ...crisisModePersistence.entities],
      migrations: [...kernelPersistence.migrations, ...crisisModePersistence.migrations],
    });
    repository = new TypeOrmBackupAssignmentRepository(
      new TypeOrmTransactionHost(db.dataSource).manager,
    );
  });
  afterAll(() => db.drop());

  const assignment = (overrides: Partial<BackupAssignment> = {}): BackupAssignment => ({
    id: newId(),
    tenantId: SKIEN,
    serviceId: service,
    staffId: newId(),
    competency: 'lar-dispensing',
    from: '2026-11-23',
    to: '2026-11-29',
    reason: 'Back-up under smitteutbrudd',
    assignedBy: 'coordinator-kari',
    assignedAt: new Date('2026-11-20T08:00:00.000Z'),
    endedAt: null,
    endedBy: null,
    ...overrides,
  });

  it('stores and reads back an assignment as it was', async () => {
    const stored = assignment();
    await repository.insert(stored);
    expect(await repository.findById(SKIEN, stored.id)).toEqual(stored);
    expect(await repository.findById(OSLO as TenantId, stored.id)).toBeNull();
  });

  it('finds the assignments covering a day: in the period, not ended on or before that Oslo day', async () => {
    const tenant = '3806' as TenantId;
    const week = assignment({ tenantId: tenant, from: '2026-11-23', to: '2026-11-29' });
    // ended at 00:30 Oslo on the 25th (23:30 UTC the 24th): counts on the 24th, not the 25th
    const endedLate = assignment({
      tenantId: tenant,
      endedAt: new Date('2026-11-24T23:30:00.000Z'),
      endedBy: 'coordinator-kari',
    });
    const later = assignment({ tenantId: tenant, from: '2026-12-01', to: '2026-12-02' });
    for (const a of [week, endedLate, later]) await repository.insert(a);
    const ids = async (day: string) =>
      (await repository.coveringDay(tenant, day)).map((a) => a.id).sort();

    expect(await ids('2026-11-22')).toEqual([]);
    expect(await ids('2026-11-24')).toEqual([week.id, endedLate.id].sort());
    expect(await ids('2026-11-25')).toEqual([week.id]);
    expect(await ids('2026-11-29')).toEqual([week.id]);
    expect(await ids('2026-12-01')).toEqual([later.id]);
  });

  it('ends an assignment once: the second end finds none open', async () => {
    const open = assignment();
    await repository.insert(open);
    const at = new Date('2026-11-24T10:00:00.000Z');
    expect(await repository.end({ tenantId: SKIEN, id: open.id, by: 'lead-per', at })).toEqual({
      ...open,
      endedAt: at,
      endedBy: 'lead-per',
    });
    expect(await repository.end({ tenantId: SKIEN, id: open.id, by: 'other', at })).toBeNull();
    expect(await repository.end({ tenantId: OSLO, id: newId(), by: 'other', at })).toBeNull();
    expect((await repository.findById(SKIEN, open.id))?.endedBy).toBe('lead-per');
  });

  it('lists newest first with filters and a keyset cursor', async () => {
    const tenant = '1804' as TenantId;
    const staff = newId();
    const rows = [0, 1, 2, 3].map((i) =>
      assignment({
        tenantId: tenant,
        staffId: i < 3 ? staff : newId(),
        assignedAt: new Date(Date.UTC(2026, 10, 20, 8, i)),
      }),
    );
    for (const row of rows) await repository.insert(row);
    const first = await repository.list(tenant, { staffId: staff }, { limit: 2 });
    expect(first.items.map((a) => a.id)).toEqual([rows[2].id, rows[1].id]);
    const second = await repository.list(
      tenant,
      { staffId: staff },
      { limit: 2, cursor: first.nextCursor ?? undefined },
    );
    expect(second).toEqual({ items: [rows[0]], nextCursor: null });
    expect((await repository.list(tenant, { activeOn: '2026-12-24' }, {})).items).toEqual([]);
    expect((await repository.list(tenant, { serviceId: newId() }, {})).items).toEqual([]);
  });

  it('the database refuses a period that ends before it starts', async () => {
    await expect(
      repository.insert(assignment({ from: '2026-11-29', to: '2026-11-23' })),
    ).rejects.toThrow(/backup_assignments_period_check/);
  });
});
