import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import {
  fixedClock,
  newId,
  type Actor,
  type CareRelations,
  type TenantId,
} from '@lavterskel/kernel';
import {
  TypeOrmAuditLog,
  TypeOrmTransactionHost,
  kernelPersistence,
} from '@lavterskel/kernel/typeorm';
import { SubmitApplication } from '../domain/application/submit-application.use-case';
import { AssignedContactCareRelations } from '../domain/client/assigned-contact-care-relations';
import { everyoneAvailable } from '../domain/client/staff-availability';
import { noKnownTeams } from '../domain/client/staff-teams';
import { noClientsCrisisRules } from '../domain/encounter/encounter-crisis-rules';
import { RegisterClient } from '../domain/client/register-client.use-case';
import type { ClientsDependencies } from '../domain/clients-dependencies';
import {
  identifiedClientDetails,
  pseudonymousClientDetails,
} from '../domain/testing/client-details.builder';
import { clientsClientMergeParticipant } from './client-merge/clients-client-merge';
import { clientsPersistence } from './clients-persistence';
import {
  typeOrmClientsRepositories,
  type ClientsRepositories,
} from './typeorm-clients-repositories';
import { noExternalSharingCheck } from '../domain/responsibility-group/external-sharing-check';

const skien = '4003' as TenantId;
const anne: Actor = { subject: 'nurse-anne', tenantId: skien, roles: ['staff'], teamIds: [] };

/** The library without NestJS: the core's use cases on the TypeORM adapter and the kernel's transaction host. */
describe('TypeORM repositories on PostgreSQL', () => {
  let db: TestDatabase;
  let repositories: ClientsRepositories;
  let deps: ClientsDependencies;
  let transactions: TypeOrmTransactionHost;
  const clock = fixedClock('2026-11-20T12:00:00Z');

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: [...kernelPersistence.entities, ...clientsPersistence.entities],
      migrations: [...kernelPersistence.migrations, ...clientsPersistence.migrations],
    });
    transactions = new TypeOrmTransactionHost(db.dataSource);
    repositories = typeOrmClientsRepositories(transactions.manager);
    const careRelations: CareRelations = new AssignedContactCareRelations(repositories.clients);
    deps = {
      ...repositories,
      mergeParticipants: [clientsClientMergeParticipant(transactions.manager)],
      staffAvailability: everyoneAvailable,
      staffTeams: noKnownTeams,
      crisisRules: noClientsCrisisRules,
      externalSharing: noExternalSharingCheck,
      careRelations,
      unitOfWork: transactions,
      audit: new TypeOrmAuditLog({ manager: transactions.manager, clock }),
      clock,
      settings: { nationalIds: { acceptSynthetic: true } },
    };
  });
  afterAll(() => db.drop());

  const register = (details = identifiedClientDetails(), actor = anne) =>
    new RegisterClient(deps).execute({ actor, details });

  it('searches by word prefixes, treating LIKE wildcards in the query as text', async () => {
    const percent = await register(pseudonymousClientDetails({ alias: '100% Ærlig' }));
    await register(pseudonymousClientDetails({ alias: 'Hundre' }));
    const search = (text: string) => repositories.clients.search({ tenantId: skien, text }, {});
    expect((await search('100%')).items.map((client) => client.id)).toEqual([percent.id]);
    expect((await search('%')).items).toEqual([]);
    expect((await search('_')).items).toEqual([]);
    expect((await search('ærl')).items.map((client) => client.id)).toEqual([percent.id]);
  });

  it('pages through a search by name without gaps or repeats', async () => {
    const ids: string[] = [];
    for (const familyName of ['Aasen', 'Berg', 'Berg', 'Dahl', 'Eng']) {
      ids.push((await register(identifiedClientDetails({ familyName, givenName: 'Pagina' }))).id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await repositories.clients.search(
        { tenantId: skien, text: 'pagina' },
        { limit: 2, cursor },
      );
      seen.push(...page.items.map((client) => client.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual(ids.sort());
  });

  it('maps a national id the tenant already has to clients.national-id-taken, on insert and on update', async () => {
    const first = await register();
    const second = await register();
    const copy = { ...second, id: newId(), nationalId: first.nationalId };
    const firstStatus = {
      id: newId(),
      clientId: copy.id,
      from: null,
      to: 'applicant',
      reason: null,
      changedBy: copy.primaryContact,
      changedAt: copy.createdAt,
    } as const;
    await expect(repositories.clients.insert(copy, firstStatus)).rejects.toMatchObject({
      code: 'clients.national-id-taken',
    });
    await expect(
      repositories.clients.update({ ...second, nationalId: first.nationalId }, second.version),
    ).rejects.toMatchObject({
      code: 'clients.national-id-taken',
    });
  });

  it('finds the clients a staff member is contact for among a list, in one query', async () => {
    const mine = await register(pseudonymousClientDetails());
    const backup = await new RegisterClient(deps).execute({
      actor: anne,
      details: pseudonymousClientDetails(),
      primaryContact: 'nurse-ola',
      backupContact: 'nurse-anne',
    });
    const theirs = await register(pseudonymousClientDetails(), { ...anne, subject: 'nurse-ola' });
    const ids = [
      mine.id,
      backup.id,
      theirs.id,
      '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
      'not-a-uuid',
    ];
    expect(await deps.careRelations.clientsInCare?.(anne, ids)).toEqual(
      new Set([mine.id, backup.id]),
    );
    expect(
      await repositories.clients.assignedContactAmong('0301' as TenantId, [mine.id], 'nurse-anne'),
    ).toEqual([]);
  });

  it('updates only at the expected version', async () => {
    const client = await register();
    const updated = await repositories.clients.update({ ...client, givenName: 'Kari Anne' }, 1);
    expect(updated.version).toBe(2);
    await expect(
      repositories.clients.update({ ...client, givenName: 'Karianne' }, 1),
    ).rejects.toMatchObject({ code: 'kernel.concurrent-modification' });
    expect(await repositories.clients.find(skien, client.id)).toMatchObject({
      givenName: 'Kari Anne',
      version: 2,
    });
    expect(await repositories.clients.find('0301' as TenantId, client.id)).toBeNull();
  });

  it('counts attended minutes per Oslo day, across midnight and daylight saving', async () => {
    const client = await register();
    const vedtakId = newId();
    await repositories.vedtak.insert(skien, {
      id: vedtakId,
      clientId: client.id,
      reference: null,
      service: 'Oppfølging',
      hoursPerWeek: 4.5,
      decidedOn: '2026-03-01',
      validFrom: '2026-03-01',
      validTo: null,
      recordedBy: 'nurse-anne',
      recordedAt: clock.now(),
    });
    expect((await repositories.vedtak.find(skien, client.id, vedtakId))?.hoursPerWeek).toBe(4.5);
    const encounter = (
      occurredAt: string,
      durationMinutes: number | null,
      outcome: 'attended' | 'no-show' = 'attended',
    ) =>
      repositories.encounters.insert(skien, {
        id: newId(),
        clientId: client.id,
        serviceId: null,
        occurredAt: new Date(occurredAt),
        channel: 'home-visit',
        outcome,
        durationMinutes,
        topics: [],
        note: null,
        vedtakId,
        intake: false,
        recordedBy: 'nurse-anne',
        recordedAt: clock.now(),
      });
    await encounter('2026-03-28T22:30:00Z', 30); // 23:30 on 28 March in Oslo (CET)
    await encounter('2026-03-28T23:30:00Z', 45); // 00:30 on 29 March in Oslo
    await encounter('2026-03-29T22:30:00Z', 60); // 00:30 on 30 March in Oslo (CEST)
    await encounter('2026-03-29T10:00:00Z', null, 'no-show');
    const days = await repositories.encounters.attendedMinutesByDay({
      tenantId: skien,
      vedtakId,
      from: '2026-03-28',
      to: '2026-03-30',
    });
    expect(days).toEqual([
      { date: '2026-03-28', minutes: 30 },
      { date: '2026-03-29', minutes: 45 },
      { date: '2026-03-30', minutes: 60 },
    ]);
    const onThe29th = await repositories.encounters.list(
      { tenantId: skien, clientId: client.id, from: '2026-03-29', to: '2026-03-29' },
      {},
    );
    expect(onThe29th.items.map((item) => item.occurredAt.toISOString())).toEqual([
      '2026-03-29T10:00:00.000Z',
      '2026-03-28T23:30:00.000Z',
    ]);
  });

  it('lists applications urgent first, then oldest first, page by page', async () => {
    const submit = async (at: string, urgent: boolean) => {
      clock.set(at);
      const application = await new SubmitApplication(deps).execute({
        municipality: '5001',
        name: 'Queue',
        phone: null,
        meetingPlace: 'Torget',
        helpWanted: 'Hjelp',
        preferredLanguage: null,
        answers: { acuteDetox: urgent, pregnant: false, coercionConcern: false },
      });
      return application.id;
    };
    const oldNormal = await submit('2026-11-20T08:00:00Z', false);
    const newUrgent = await submit('2026-11-20T10:00:00Z', true);
    const oldUrgent = await submit('2026-11-20T09:00:00Z', true);
    const newNormal = await submit('2026-11-20T11:00:00Z', false);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await repositories.applications.list(
        { tenantId: '5001' as TenantId },
        { limit: 3, cursor },
      );
      seen.push(...page.items.map((application) => application.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([oldUrgent, newUrgent, oldNormal, newNormal]);
    // 23:30 UTC on 20 November is 00:30 on 21 November in Oslo.
    await submit('2026-11-20T23:30:00Z', false);
    expect(
      await repositories.applications.firstContactFacts(
        '5001' as TenantId,
        '2026-11-20',
        '2026-11-20',
      ),
    ).toHaveLength(4);
    expect(
      await repositories.applications.firstContactFacts(
        '5001' as TenantId,
        '2026-11-21',
        '2026-11-21',
      ),
    ).toHaveLength(1);
  });

  it('keeps the database’s own checks as the last line: no attended encounter without a duration', async () => {
    const client = await register();
    await expect(
      repositories.encounters.insert(skien, {
        id: newId(),
        clientId: client.id,
        serviceId: null,
        occurredAt: clock.now(),
        channel: 'office',
        outcome: 'attended',
        durationMinutes: null,
        topics: [],
        note: null,
        vedtakId: null,
        intake: false,
        recordedBy: 'nurse-anne',
        recordedAt: clock.now(),
      }),
    ).rejects.toThrow(/encounter_duration_check/);
  });

  it('keeps a responsibility group to one coordinator and known meeting channels in the database too', async () => {
    const client = await register();
    const staff = (subject: string) => ({
      id: newId(),
      kind: 'staff' as const,
      subject,
      name: subject,
      coordinator: true,
      validFrom: '2026-11-01',
      validTo: null,
    });
    const group = {
      id: newId(),
      clientId: client.id,
      categories: ['health'],
      members: [staff('nurse-anne')],
      version: 1,
      createdAt: clock.now(),
      updatedBy: 'nurse-anne',
      updatedAt: clock.now(),
    };
    await repositories.responsibilityGroups.insert(skien, group);
    await expect(
      repositories.responsibilityGroups.update(
        skien,
        { ...group, members: [staff('nurse-anne'), staff('nurse-ola')] },
        1,
      ),
    ).rejects.toThrow(/responsibility_group_member_one_coordinator_key/);
    await expect(
      repositories.responsibilityGroups.insertMeeting(skien, {
        id: newId(),
        clientId: client.id,
        status: 'planned',
        scheduledAt: clock.now(),
        channel: 'carrier-pigeon' as 'video',
        location: null,
        plannedBy: 'nurse-anne',
        plannedAt: clock.now(),
        minutes: null,
      }),
    ).rejects.toThrow(/responsibility_group_meeting_channel_check/);
  });
});
