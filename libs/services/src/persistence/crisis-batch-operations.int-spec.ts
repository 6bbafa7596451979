import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { fixedClock, newId } from '@lavterskel/kernel';
import {
  TypeOrmAuditLog,
  TypeOrmTransactionHost,
  kernelPersistence,
} from '@lavterskel/kernel/typeorm';
import { ChangeServiceModes } from '../domain/catalogue/change-service-modes.use-case';
import { ListActiveEnrolments } from '../domain/enrolment/list-active-enrolments.use-case';
import type { ServicesPorts } from '../domain/services-ports';
import type { AvailabilityStatus } from '../domain/staff/staff-member';
import { ListStaffAvailability } from '../domain/staff/list-staff-availability.use-case';
import { LAR_TEAM, aService } from '../domain/testing/builders';
import { SKIEN, actor } from '../domain/testing/kernel-fakes';
import { servicesPersistence } from './services-persistence';
import { typeOrmServicesRepositories, type ServicesRepositories } from './services-repositories';

/** The batch operations crisis activation calls inside its own transaction, on real PostgreSQL. */
describe('batch operations for crisis mode (real PostgreSQL)', () => {
  let db: TestDatabase;
  let host: TypeOrmTransactionHost;
  let repositories: ServicesRepositories;
  let ports: Pick<ServicesPorts, 'audit' | 'unitOfWork' | 'clock'> & ServicesRepositories;
  const coordinator = actor({ subject: 'coordinator-kari', roles: ['crisis-coordinator'] });
  const DAY = '2026-11-23';

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: [...kernelPersistence.entities, ...servicesPersistence.entities],
      migrations: [...kernelPersistence.migrations, ...servicesPersistence.migrations],
    });
    host = new TypeOrmTransactionHost(db.dataSource);
    repositories = typeOrmServicesRepositories(host.manager);
    const clock = fixedClock('2026-11-23T09:00:00Z');
    ports = {
      ...repositories,
      unitOfWork: host,
      clock,
      audit: new TypeOrmAuditLog({ manager: host.manager, clock }),
    };
    await repositories.teams.insert({
      id: LAR_TEAM,
      tenantId: SKIEN,
      name: 'LAR',
      createdAt: new Date(),
    });
  });
  afterAll(() => db.drop());

  const services = async (count: number) => {
    const created = Array.from({ length: count }, (_, i) =>
      aService({ id: newId(), name: `Service ${i} ${newId()}` }),
    );
    for (const service of created) await repositories.services.insert(service);
    return created.map((service) => service.id);
  };
  const modes = async (ids: string[]) =>
    (
      await db.dataSource.query(
        'SELECT mode, version FROM services.service WHERE id = ANY($1) ORDER BY array_position($1::uuid[], id)',
        [ids],
      )
    ).map((row: { mode: string; version: number }) => `${row.mode} v${row.version}`);
  const count = async (sql: string, ids: string[]) =>
    Number((await db.dataSource.query(sql, [ids]))[0].count);
  const history = (ids: string[]) =>
    count('SELECT count(*) FROM services.service_mode_change WHERE service_id = ANY($1)', ids);
  const audits = (ids: string[]) =>
    count(
      `SELECT count(*) FROM kernel.audit_event WHERE resource_type = 'service-mode' AND resource_id = ANY($1::text[])`,
      ids,
    );

  describe('ChangeServiceModes', () => {
    it('switches many services with history and audit, committing with the caller’s transaction', async () => {
      const ids = await services(3);
      const results = await host.run(() =>
        new ChangeServiceModes(ports).execute({
          actor: coordinator,
          changes: [
            { serviceId: ids[0] as string, mode: 'remote', reason: 'Crisis level red' },
            { serviceId: ids[1] as string, mode: 'closed', reason: 'Crisis level red' },
            { serviceId: ids[2] as string, mode: 'open', reason: 'Crisis level red' },
          ],
        }),
      );
      expect(results.map((result) => result.change?.toMode ?? null)).toEqual([
        'remote',
        'closed',
        null,
      ]);
      expect(await modes(ids)).toEqual(['remote v2', 'closed v2', 'open v1']);
      expect(await history(ids)).toBe(2);
      expect(await audits(ids)).toBe(2);
    });

    it('leaves no mode, history or audit row when the caller fails afterwards', async () => {
      const ids = await services(2);
      await expect(
        host.run(async () => {
          await new ChangeServiceModes(ports).execute({
            actor: coordinator,
            changes: ids.map((serviceId) => ({ serviceId, mode: 'closed', reason: 'red' })),
          });
          throw new Error('re-cohorting failed');
        }),
      ).rejects.toThrow('re-cohorting failed');
      expect(await modes(ids)).toEqual(['open v1', 'open v1']);
      expect(await history(ids)).toBe(0);
      expect(await audits(ids)).toBe(0);
    });

    it('refuses the whole batch when one service is unknown, changing nothing', async () => {
      const ids = await services(2);
      await expect(
        new ChangeServiceModes(ports).execute({
          actor: coordinator,
          changes: [...ids, newId()].map((serviceId) => ({
            serviceId,
            mode: 'closed',
            reason: 'red',
          })),
        }),
      ).rejects.toMatchObject({
        violations: [expect.objectContaining({ field: 'changes[2].serviceId' })],
      });
      expect(await modes(ids)).toEqual(['open v1', 'open v1']);
    });

    it('lets two batches over the same services in opposite order run one after the other, without deadlock', async () => {
      const ids = await services(2);
      const batch = (mode: 'closed' | 'remote', order: string[]) =>
        host.run(() =>
          new ChangeServiceModes(ports).execute({
            actor: coordinator,
            changes: order.map((serviceId) => ({ serviceId, mode, reason: mode })),
          }),
        );
      await Promise.all([batch('closed', ids), batch('remote', [...ids].reverse())]);
      // One batch waits for the other to commit: both services end in the later batch's mode.
      expect([
        ['closed v3', 'closed v3'],
        ['remote v3', 'remote v3'],
      ]).toContainEqual(await modes(ids));
      expect(await history(ids)).toBe(4);
    });
  });

  describe('ListActiveEnrolments', () => {
    it('returns the enrolments in force on the day in the services asked, in one search audit naming the clients', async () => {
      const [a, b, other] = await services(3);
      const [anne, bo, cato] = [newId(), newId(), newId()];
      const enrol = (
        clientId: string,
        serviceId: string,
        startedOn = '2026-11-01',
        endedOn: string | null = null,
      ) =>
        repositories.enrolments.insert({
          id: newId(),
          tenantId: SKIEN,
          clientId,
          serviceId,
          startedOn,
          endedOn,
          reason: 'referral',
          endReason: endedOn ? 'done' : null,
          createdBy: 'nurse-anne',
          createdAt: new Date(),
          version: 1,
        });
      await enrol(anne, a as string);
      await enrol(bo, a as string);
      await enrol(bo, b as string);
      await enrol(cato, b as string, '2026-10-01', '2026-11-22');
      await enrol(cato, other as string);
      const found = await new ListActiveEnrolments(ports).execute({
        actor: coordinator,
        on: DAY,
        serviceIds: [a as string, b as string],
        purpose: 'crisis activation',
      });
      expect(found.map((e) => [e.serviceId, e.clientId, e.startedOn]).sort()).toEqual(
        [
          [a, anne, '2026-11-01'],
          [a, bo, '2026-11-01'],
          [b, bo, '2026-11-01'],
        ].sort(),
      );
      const rows = await db.dataSource.query(
        `SELECT client_id FROM kernel.audit_event WHERE resource_type = 'enrolment' AND reason = 'crisis activation' ORDER BY client_id`,
      );
      expect(rows.map((row: { client_id: string }) => row.client_id)).toEqual([anne, bo].sort());
      const ofCato = await new ListActiveEnrolments(ports).execute({
        actor: coordinator,
        on: DAY,
        clientIds: [cato],
      });
      expect(ofCato.map((e) => e.serviceId)).toEqual([other]);
    });
  });

  describe('ListStaffAvailability', () => {
    it('lists the municipality’s rostered staff with availability, teams and valid competencies', async () => {
      const member = async (name: string, status: AvailabilityStatus, code?: string) => {
        const id = newId();
        await repositories.staff.insert({
          id,
          tenantId: SKIEN,
          subject: `sub-${name}`,
          name,
          profession: 'nurse',
          createdAt: new Date(),
        });
        await repositories.staff.insertMembership({
          id: newId(),
          tenantId: SKIEN,
          teamId: LAR_TEAM,
          staffId: id,
          joinedOn: '2026-01-01',
          leftOn: null,
        });
        if (code)
          await repositories.staff.insertCompetency({
            id: newId(),
            tenantId: SKIEN,
            staffId: id,
            code,
            certifiedOn: '2026-01-01',
            expiresOn: null,
            recordedBy: 'lead',
            recordedAt: new Date(),
          });
        await repositories.staff.insertAvailability({
          id: newId(),
          tenantId: SKIEN,
          staffId: id,
          status,
          from: '2026-11-01',
          to: '2026-11-30',
          partnerId: null,
          recordedBy: 'lead',
          recordedAt: new Date(),
        });
        return id;
      };
      const anne = await member('Anne', 'on-duty', 'lar-dispensing');
      const siri = await member('Siri', 'sick', 'lar-dispensing');
      const staff = await new ListStaffAvailability(ports).execute({
        actor: coordinator,
        date: DAY,
      });
      expect(staff).toEqual([
        {
          staffId: anne,
          subject: 'sub-Anne',
          name: 'Anne',
          availability: 'available',
          teamIds: [LAR_TEAM],
          competencies: ['lar-dispensing'],
        },
        {
          staffId: siri,
          subject: 'sub-Siri',
          name: 'Siri',
          availability: 'absent',
          teamIds: [LAR_TEAM],
          competencies: ['lar-dispensing'],
        },
      ]);
    });
  });
});
