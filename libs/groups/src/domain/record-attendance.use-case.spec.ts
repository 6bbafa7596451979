import { KernelErrorCode, etagOf } from '@lavterskel/kernel';
import { CreateCohortUseCase } from './create-cohort.use-case';
import { CreateGroupUseCase } from './create-group.use-case';
import { GenerateSessionsUseCase } from './generate-sessions.use-case';
import { GroupsErrorCode } from './groups-error';
import { JoinGroupUseCase } from './join-group.use-case';
import { RecordAttendanceUseCase } from './record-attendance.use-case';
import { GroupBuilder, clientIds } from './testing/builders';
import { inMemoryGroups, testActor } from './testing/in-memory-ports';

const leader = testActor();
const [member, stranger] = clientIds(2) as [string, string];

/** A session on Monday 2026-11-02 at 10:00 Oslo time (09:00 UTC). */
async function oneSession() {
  const ports = inMemoryGroups('2026-10-30T08:00:00Z');
  ports.relate(leader, member, stranger);
  const group = await new CreateGroupUseCase(ports).execute({
    actor: leader,
    ...GroupBuilder.create(),
  });
  await new CreateCohortUseCase(ports).execute({
    actor: leader,
    groupId: group.id,
    slot: { weekday: 'monday', startTime: '10:00' },
    maxSize: 10,
  });
  await new JoinGroupUseCase(ports).execute({ actor: leader, groupId: group.id, clientId: member });
  await new GenerateSessionsUseCase(ports).execute({
    actor: leader,
    groupId: group.id,
    from: '2026-11-02',
    to: '2026-11-02',
  });
  const [session] = [...ports.db.tables.sessions.values()];
  const record = new RecordAttendanceUseCase(ports);
  const input = {
    actor: leader,
    groupId: group.id,
    sessionId: session?.id ?? '',
    clientId: member,
  };
  return { ports, record, input };
}

describe('RecordAttendanceUseCase (GR-2)', () => {
  it('takes a cancellation before the session begins, and present or absent only once it has begun (Oslo time)', async () => {
    const { ports, record, input } = await oneSession();
    await expect(record.execute({ ...input, status: 'present' })).rejects.toMatchObject({
      code: GroupsErrorCode.AttendanceTiming,
      violations: [expect.objectContaining({ field: 'status', rule: 'after-session-start' })],
    });
    const cancelled = await record.execute({ ...input, status: 'cancelled' });
    expect(cancelled).toMatchObject({
      created: true,
      attendance: { status: 'cancelled', version: 1, recordedBy: 'leader-kari' },
    });

    ports.clock.set('2026-11-02T08:59:00Z'); // 09:59 in Oslo
    await expect(
      record.execute({ ...input, status: 'absent', ifMatch: etagOf(1) }),
    ).rejects.toMatchObject({ code: GroupsErrorCode.AttendanceTiming });
    ports.clock.set('2026-11-02T09:00:00Z'); // 10:00 in Oslo
    await expect(
      record.execute({ ...input, status: 'cancelled', ifMatch: etagOf(1) }),
    ).rejects.toMatchObject({
      violations: [expect.objectContaining({ rule: 'before-session-start' })],
    });
    const corrected = await record.execute({ ...input, status: 'present', ifMatch: etagOf(1) });
    expect(corrected).toMatchObject({
      created: false,
      attendance: { status: 'present', version: 2 },
    });
    expect(
      ports.auditEntries
        .filter((entry) => entry.resourceType === 'group-attendance')
        .map((entry) => entry.action),
    ).toEqual(['create', 'update']);
  });

  it('needs If-Match to change a record (428), refuses a stale one (412), and a client who was never a member', async () => {
    const { ports, record, input } = await oneSession();
    ports.clock.set('2026-11-02T12:00:00Z');
    await record.execute({ ...input, status: 'present' });
    await expect(record.execute({ ...input, status: 'absent' })).rejects.toMatchObject({
      code: KernelErrorCode.PreconditionRequired,
    });
    await expect(
      record.execute({ ...input, status: 'absent', ifMatch: etagOf(5) }),
    ).rejects.toMatchObject({
      code: KernelErrorCode.ConcurrentModification,
    });
    await expect(
      record.execute({ ...input, clientId: stranger, status: 'present' }),
    ).rejects.toMatchObject({ code: GroupsErrorCode.NotAMember });
    expect([...ports.db.tables.attendance.values()]).toEqual([
      expect.objectContaining({ status: 'present', version: 1 }),
    ]);
  });
});
