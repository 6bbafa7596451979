import { Global, Module, type INestApplication } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { fixedClock, type Actor, type CareRelations, type TenantId } from '@lavterskel/kernel';
import { CARE_RELATIONS, HttpConventionsModule, KernelModule } from '@lavterskel/kernel/nest';
import { kernelPersistence } from '@lavterskel/kernel/typeorm';
import { ClientExists } from '../domain/client/client-exists.use-case';
import { GetClientCrisisFacts } from '../domain/client/get-client-crisis-facts.use-case';
import { GetClient } from '../domain/client/get-client.use-case';
import { ListActiveClientIds } from '../domain/client/list-active-client-ids.use-case';
import { RegisterClient } from '../domain/client/register-client.use-case';
import { ChangeClientStatus } from '../domain/client/change-client-status.use-case';
import {
  identifiedClientDetails,
  pseudonymousClientDetails,
} from '../domain/testing/client-details.builder';
import { clientsPersistence } from '../persistence/clients-persistence';
import { ClientContactCareRelations } from './assigned-contact-care-relations.provider';
import { ClientsModule } from './clients.module';

const entities = [...kernelPersistence.entities, ...clientsPersistence.entities];
const migrations = [...kernelPersistence.migrations, ...clientsPersistence.migrations];

/** The consumer's own need-to-know rule: its ambulant team serves every client. */
const ambulantTeamServesAll: CareRelations = {
  hasCareRelation: async (actor) => actor.teamIds.includes('ambulant-team'),
};

@Global()
@Module({
  providers: [{ provide: CARE_RELATIONS, useValue: ambulantTeamServesAll }],
  exports: [CARE_RELATIONS],
})
class ConsumerCareRelationsModule {}

const nurse: Actor = {
  subject: 'nurse-anne',
  tenantId: '4003' as TenantId,
  roles: ['staff'],
  teamIds: ['ambulant-team'],
};
const outsider: Actor = {
  subject: 'nurse-per',
  tenantId: '4003' as TenantId,
  roles: ['staff'],
  teamIds: [],
};

describe('ClientsModule in another application (no reference API)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ entities, migrations });
  });
  afterAll(() => db.drop());

  describe('services only (http: false)', () => {
    let moduleRef: TestingModule;

    beforeAll(async () => {
      moduleRef = await Test.createTestingModule({
        imports: [
          TypeOrmModule.forRoot({ type: 'postgres', url: db.url, entities }),
          KernelModule.forRoot({ clock: fixedClock('2026-11-23T09:00:00Z') }),
          ConsumerCareRelationsModule,
          ClientsModule.forRoot({ acceptSyntheticNationalIds: true, http: false }),
        ],
      }).compile();
      await moduleRef.init();
    });
    afterAll(() => moduleRef.close());

    it('registers and reads clients through the use cases, audited in its own database', async () => {
      const client = await moduleRef
        .get(RegisterClient)
        .execute({ actor: nurse, details: identifiedClientDetails() });
      expect(
        await moduleRef.get(GetClient).execute({ actor: nurse, clientId: client.id }),
      ).toMatchObject({ id: client.id, status: 'applicant' });
      await expect(
        moduleRef.get(GetClient).execute({ actor: outsider, clientId: client.id }),
      ).rejects.toMatchObject({ code: 'not-found' });
      const audit = await db.dataSource.query(
        'SELECT action FROM kernel.audit_event WHERE client_id = $1 ORDER BY action',
        [client.id],
      );
      expect(audit).toEqual([{ action: 'create' }, { action: 'read' }]);
    });

    it('rolls back everything a failed registration wrote', async () => {
      const details = identifiedClientDetails();
      await moduleRef.get(RegisterClient).execute({ actor: nurse, details });
      const before = await db.dataSource.query('SELECT count(*) FROM clients.client_status_change');
      await expect(
        moduleRef.get(RegisterClient).execute({ actor: nurse, details, noPhone: true }),
      ).rejects.toMatchObject({ code: 'clients.national-id-taken' });
      expect(
        await db.dataSource.query('SELECT count(*) FROM clients.client_status_change'),
      ).toEqual(before);
    });

    it('offers other libraries the roster of active clients and their crisis facts', async () => {
      const client = await moduleRef
        .get(RegisterClient)
        .execute({ actor: nurse, details: pseudonymousClientDetails(), noPhone: true });
      await moduleRef
        .get(ChangeClientStatus)
        .execute({ actor: nurse, clientId: client.id, expectedVersion: 1, to: 'active' });
      const roster = await moduleRef
        .get(ListActiveClientIds)
        .execute({ actor: nurse, page: { limit: 100 } });
      expect(roster.items).toEqual([client.id]);
      const afterIt = await moduleRef
        .get(ListActiveClientIds)
        .execute({ actor: nurse, page: { limit: 100 }, afterId: client.id });
      expect(afterIt.items).toEqual([]);
      expect(await moduleRef.get(ClientExists).execute({ actor: nurse, clientId: client.id })).toBe(
        true,
      );
      expect(
        await moduleRef
          .get(ClientExists)
          .execute({ actor: { ...nurse, tenantId: '0301' as TenantId }, clientId: client.id }),
      ).toBe(false);
      expect(
        await moduleRef.get(ClientExists).execute({ actor: nurse, clientId: 'not-a-uuid' }),
      ).toBe(false);
      const facts = await moduleRef
        .get(GetClientCrisisFacts)
        .execute({ actor: nurse, clientIds: roster.items, purpose: 'crisis priority list' });
      expect(facts).toEqual([
        expect.objectContaining({
          clientId: client.id,
          status: 'active',
          reachableByPhone: false,
          vulnerabilityFlags: ['no-phone'],
        }),
      ]);
    });

    it('exports its care-relation source for the application to combine', async () => {
      const client = await moduleRef
        .get(RegisterClient)
        .execute({ actor: nurse, details: pseudonymousClientDetails() });
      const source = moduleRef.get(ClientContactCareRelations);
      expect(await source.hasCareRelation(nurse, client.id)).toBe(true);
      expect(await source.hasCareRelation(outsider, client.id)).toBe(false);
      expect(
        await source.hasCareRelation({ ...nurse, tenantId: '0301' as TenantId }, client.id),
      ).toBe(false);
    });
  });

  describe('with its HTTP routes and a small rate limit on the public form', () => {
    let app: INestApplication;

    beforeAll(async () => {
      const moduleRef = await Test.createTestingModule({
        imports: [
          TypeOrmModule.forRoot({ type: 'postgres', url: db.url, entities }),
          // A fixed clock: the limit's window never ends mid-test.
          KernelModule.forRoot({ clock: fixedClock('2026-03-02T10:00:00Z') }),
          HttpConventionsModule.forRoot({
            auth: { secret: 'consumer-test-secret-long-enough-for-hs256' },
          }),
          ConsumerCareRelationsModule,
          ClientsModule.forRoot({ applicationRateLimit: { limit: 2, ttlMs: 60_000 } }),
        ],
      }).compile();
      app = moduleRef.createNestApplication({ logger: false });
      await app.init();
    });
    afterAll(() => app.close());

    it('accepts the configured number of applications per address, then answers 429', async () => {
      const send = () =>
        request(app.getHttpServer())
          .post('/v1/applications')
          .send({ municipality: '4003', name: 'Tom', meetingPlace: 'Bybrua', helpWanted: 'Bolig' });
      await send().expect(201);
      await send().expect(201);
      const refused = await send().expect(429);
      expect(refused.body).toMatchObject({ status: 429, code: 'kernel.rate-limited' });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    });
  });
});
