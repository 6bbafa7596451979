import { KernelErrorCode } from '@lavterskel/kernel';
import { CreateCohortUseCase } from './create-cohort.use-case';
import { CreateGroupUseCase } from './create-group.use-case';
import { GenerateSessionsUseCase } from './generate-sessions.use-case';
import { GroupsErrorCode } from './groups-error';
import { JoinGroupUseCase } from './join-group.use-case';
import { QueryExposureUseCase } from './query-exposure.use-case';
import { RecordAttendanceUseCase } from './record-attendance.use-case';
import type { AttendanceStatus } from './attendance';
import { GroupBuilder, clientIds } from './testing/builders';
import { inMemoryGroups, testActor } from './testing/in-memory-ports';

const leader = testActor();
const [index, present, absent, otherWeek] = clientIds(4) as [string, string, string, string];

/** One cohort meeting Mondays 10:00; sessions on 2026-11-02 and 2026-11-09. */
async function attendedSessions() {
  const ports = inMemoryGroups('2026-11-01T08:00:00Z');
  ports.relate(leader, index, present, absent, otherWeek);
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
  for (const clientId of [index, present, absent, otherWeek]) {
    await new JoinGroupUseCase(ports).execute({ actor: leader, groupId: group.id, clientId });
  }
  await new GenerateSessionsUseCase(ports).execute({
    actor: leader,
    groupId: group.id,
    from: '2026-11-01',
    to: '2026-11-10',
  });
  const [first, second] = [...ports.db.tables.sessions.values()].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  ports.clock.set('2026-11-09T12:00:00Z');
  const record = new RecordAttendanceUseCase(ports);
  const mark = (sessionId: string, clientId: string, status: AttendanceStatus) =>
    record.execute({ actor: leader, groupId: group.id, sessionId, clientId, status });
  await mark(first?.id ?? '', index, 'present');
  await mark(first?.id ?? '', present, 'present');
  await mark(first?.id ?? '', absent, 'absent');
  await mark(second?.id ?? '', otherWeek, 'present');
  return { ports, group, first, query: new QueryExposureUseCase(ports) };
}

describe('QueryExposureUseCase (GR-6)', () => {
  it('lists who was present at a session with the client, when the disclosure checker permits it', async () => {
    const { ports, group, first, query } = await attendedSessions();
    ports.disclosure.decision = { permitted: true, basis: 'consent 7d1e (contact tracing)' };
    const report = await query.execute({
      actor: leader,
      clientId: index,
      from: '2026-11-01',
      to: '2026-11-14',
    });
    expect(report).toEqual({
      clientId: index,
      from: '2026-11-01',
      to: '2026-11-14',
      legalBasis: 'consent 7d1e (contact tracing)',
      contacts: [
        {
          clientId: present,
          sessions: [
            {
              sessionId: first?.id,
              groupId: group.id,
              cohortId: first?.cohortId,
              date: '2026-11-02',
              startTime: '10:00',
            },
          ],
        },
      ],
    });
    expect(ports.auditEntries.filter((entry) => entry.action === 'disclose')).toEqual([
      expect.objectContaining({
        clientId: index,
        reason: expect.stringContaining('basis: consent 7d1e'),
      }),
      // One entry naming every contact shown: a row per contact in the audit log.
      expect.objectContaining({ clientIds: [present] }),
    ]);
  });

  it('denies when the checker says no, disclosing and auditing nothing', async () => {
    const { ports, query } = await attendedSessions();
    const audited = ports.auditEntries.length;
    ports.disclosure.decision = { permitted: false, reason: 'no consent for contact tracing' };
    await expect(
      query.execute({ actor: leader, clientId: index, from: '2026-11-01', to: '2026-11-14' }),
    ).rejects.toMatchObject({
      code: GroupsErrorCode.ExposureDisclosureDenied,
      details: { reason: 'no consent for contact tracing' },
    });
    expect(ports.auditEntries).toHaveLength(audited);
  });

  it('answers 404 for a client outside the actor’s care relations, and refuses a range over 60 days', async () => {
    const { ports, query } = await attendedSessions();
    ports.disclosure.decision = { permitted: true, basis: 'emergency' };
    await expect(
      query.execute({
        actor: testActor({ subject: 'nurse-ola' }),
        clientId: index,
        from: '2026-11-01',
        to: '2026-11-14',
      }),
    ).rejects.toMatchObject({
      code: KernelErrorCode.NotFound,
    });
    await expect(
      query.execute({ actor: leader, clientId: index, from: '2026-09-01', to: '2026-11-14' }),
    ).rejects.toMatchObject({
      code: GroupsErrorCode.InvalidInput,
      violations: [expect.objectContaining({ field: 'to', rule: 'max-range' })],
    });
  });
});
