import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { fixedClock, newId } from '@lavterskel/kernel';
import {
  TypeOrmAuditLog,
  TypeOrmTransactionHost,
  kernelPersistence,
} from '@lavterskel/kernel/typeorm';
import { ChangeServiceMode } from '../../domain/catalogue/change-service-mode.use-case';
import { FindAvailableStaff } from '../../domain/staff/find-available-staff.use-case';
import { LAR_TEAM, aService } from '../../domain/testing/builders';
import { SKIEN, actor } from '../../domain/testing/kernel-fakes';
import { servicesPersistence } from '../services-persistence';
import { typeOrmServicesRepositories, type ServicesRepositories } from '../services-repositories';

/** Crisis mode switches many services in its own transaction: ChangeServiceMode must join it. */
describe('ChangeServiceMode inside a caller’s transaction (real PostgreSQL)', () => {
  let db: TestDatabase;
  let host: TypeOrmTransactionHost;
  let repositories: ServicesRepositories;
  let changeMode: ChangeServiceMode;
  const coordinator = actor({ subject: 'coordinator-kari', roles: ['crisis-coordinator'] });

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: [...kernelPersistence.entities, ...servicesPersistence.entities],
      migrations: [...kernelPersistence.migrations, ...servicesPersistence.migrations],
    });
    host = new TypeOrmTransactionHost(db.dataSource);
    repositories = typeOrmServicesRepositories(host.manager);
    const clock = fixedClock('2026-11-23T09:00:00Z');
    changeMode = new ChangeServiceMode({
      ...repositories,
      unitOfWork: host,
      clock,
      audit: new TypeOrmAuditLog({ manager: host.manager, clock }),
    });
    await repositories.teams.insert({
      id: LAR_TEAM,
      tenantId: SKIEN,
      name: 'LAR',
      createdAt: new Date(),
    });
  });
  afterAll(() => db.drop());

  const twoServices = async () => {
    const services = [
      aService({ id: newId(), name: `A ${newId()}` }),
      aService({ id: newId(), name: `B ${newId()}` }),
    ];
    for (const service of services) await repositories.services.insert(service);
    return services.map((service) => service.id);
  };
  const modes = async (ids: string[]) =>
    (
      await db.dataSource.query(
        'SELECT mode FROM services.service WHERE id = ANY($1) ORDER BY name',
        [ids],
      )
    ).map((row: { mode: string }) => row.mode);
  const rows = async (table: string, ids: string[]) =>
    Number(
      (
        await db.dataSource.query(
          `SELECT count(*) FROM ${table} WHERE ${table === 'kernel.audit_event' ? 'resource_id' : 'service_id'}::text = ANY($1)`,
          [ids],
        )
      )[0].count,
    );

  it('commits every switch together with the caller’s own work', async () => {
    const ids = await twoServices();
    await host.run(async () => {
      for (const serviceId of ids)
        await changeMode.execute({
          actor: coordinator,
          serviceId,
          mode: 'remote',
          reason: 'Crisis level red',
        });
    });
    expect(await modes(ids)).toEqual(['remote', 'remote']);
    expect(await rows('services.service_mode_change', ids)).toBe(2);
    expect(await rows('kernel.audit_event', ids)).toBe(2);
  });

  it('leaves nothing switched, no history and no audit row when the caller fails half-way', async () => {
    const ids = await twoServices();
    await expect(
      host.run(async () => {
        for (const serviceId of ids)
          await changeMode.execute({
            actor: coordinator,
            serviceId,
            mode: 'closed',
            reason: 'Crisis level red',
          });
        throw new Error('re-cohorting failed');
      }),
    ).rejects.toThrow('re-cohorting failed');
    expect(await modes(ids)).toEqual(['open', 'open']);
    expect(await rows('services.service_mode_change', ids)).toBe(0);
    expect(await rows('kernel.audit_event', ids)).toBe(0);
  });

  it('answers the staffing query in the caller’s transaction too', async () => {
    const [serviceId] = await twoServices();
    const findStaff = new FindAvailableStaff({
      ...repositories,
      unitOfWork: host,
      audit: new TypeOrmAuditLog({
        manager: host.manager,
        clock: fixedClock('2026-11-23T09:00:00Z'),
      }),
    });
    const staffing = await host.run(() =>
      findStaff.execute({ actor: coordinator, serviceId: serviceId as string, date: '2026-11-23' }),
    );
    expect(staffing).toMatchObject({
      service: { id: serviceId, requiredCompetencies: ['lar-dispensing'] },
      available: [],
    });
  });
});
