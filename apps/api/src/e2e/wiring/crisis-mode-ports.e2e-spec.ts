import type { CrisisModePorts } from '@lavterskel/crisis-mode';
import { CRISIS_MODE_PORTS } from '@lavterskel/crisis-mode/nest';
import { fixedClock, type Actor, type TenantId, type UnitOfWork } from '@lavterskel/kernel';
import { TenantScope, UNIT_OF_WORK } from '@lavterskel/kernel/nest';
import {
  buildCrisisMunicipality,
  type CrisisMunicipality,
} from '../../testing/crisis-municipality';
import { startTestApp, type TestApp } from '../../testing/test-app';

/**
 * Crisis mode's ports to the other libraries, as the reference API wires them: each answers
 * with the real data of a small Skien-like municipality, inside one unit of work, and the
 * writing ports roll back together with the caller's transaction (CR-3).
 */
describe('crisis-mode ports wired to the other libraries', () => {
  let api: TestApp;
  let skien: CrisisMunicipality;
  let ports: CrisisModePorts;
  let unitOfWork: UnitOfWork;
  let tenants: TenantScope;
  const TODAY = '2026-11-23';
  const coordinator: Actor = {
    subject: 'coordinator-liv',
    tenantId: '4003' as TenantId,
    roles: ['crisis-coordinator'],
    teamIds: [],
  };
  const oslo: Actor = { ...coordinator, tenantId: '0301' as TenantId };

  beforeAll(async () => {
    api = await startTestApp({ clock: fixedClock('2026-11-23T09:00:00Z') });
    skien = await buildCrisisMunicipality(api, { today: TODAY });
    ports = api.app.get<CrisisModePorts>(CRISIS_MODE_PORTS);
    unitOfWork = api.app.get<UnitOfWork>(UNIT_OF_WORK);
    tenants = api.app.get(TenantScope);
  }, 120_000);
  afterAll(() => api.close());

  const inUnit = <T>(work: () => Promise<T>) => unitOfWork.run(work);
  // Outside a request no tenant is set, and row-level security shows no rows: these calls run
  // as crisis mode's background jobs do, for every municipality; the ports' own tenant filter
  // is what the Oslo actor's empty answers below prove.
  const itForAllTenants = (name: string, work: () => Promise<void>) =>
    it(name, () => tenants.runForAllTenants(work));
  const modes = async () =>
    Object.fromEntries(
      (
        await api.db.dataSource.query(
          'SELECT name, mode, version FROM services.service WHERE tenant_id = $1',
          ['4003'],
        )
      ).map((row: { name: string; mode: string; version: number }) => [
        row.name,
        `${row.mode} v${row.version}`,
      ]),
    );
  const seats = () =>
    api.db.dataSource.query(
      `SELECT m.id, m.status, m.cohort_id, c.max_size, c.status AS cohort_status
         FROM groups.membership m LEFT JOIN groups.cohort c ON c.id = m.cohort_id
        WHERE m.tenant_id = $1 ORDER BY m.id`,
      ['4003'],
    );
  const count = async (sql: string) => Number((await api.db.dataSource.query(sql))[0].count);

  itForAllTenants(
    'catalogue: lists every service of the municipality, finds one, and answers null for a missing or foreign one',
    async () => {
      const services = await inUnit(() => ports.catalogue.list(coordinator));
      expect(services.map((service) => service.name).sort()).toEqual(
        Object.keys(skien.services).sort(),
      );
      expect(services.find((service) => service.name === 'LAR-utdelingen')).toEqual({
        id: skien.services['LAR-utdelingen'],
        name: 'LAR-utdelingen',
        category: 'low-threshold',
        teamId: skien.teams['Lavterskel og LAR'],
        critical: true,
        mode: 'open',
        requiredCompetencies: ['lar-dispensing'],
      });
      expect(await ports.catalogue.find(coordinator, skien.services.Feltpleien)).toMatchObject({
        name: 'Feltpleien',
        requiredCompetencies: ['field-nursing'],
      });
      expect(await ports.catalogue.find(oslo, skien.services.Feltpleien)).toBeNull();
      expect(await ports.catalogue.find(coordinator, 'not-a-uuid')).toBeNull();
      expect(await ports.catalogue.list(oslo)).toEqual([]);
    },
  );

  itForAllTenants(
    'enrolments: the clients enrolled today in many services, and the services of one client, audited as one search',
    async () => {
      const lar = skien.services['LAR-utdelingen'];
      const felt = skien.services.Feltpleien;
      const active = await inUnit(() =>
        ports.enrolments.activeIn(coordinator, { serviceIds: [lar, felt], on: TODAY }),
      );
      expect(
        active
          .filter((e) => e.serviceId === lar)
          .map((e) => e.clientId)
          .sort(),
      ).toEqual([...skien.enrolments['LAR-utdelingen']].sort());
      expect(active.filter((e) => e.serviceId === felt)).toHaveLength(
        skien.enrolments.Feltpleien.length,
      );
      const arne = skien.clients.Arne;
      expect(await ports.enrolments.servicesOf(coordinator, { clientId: arne, on: TODAY })).toEqual(
        [lar],
      );
      const egil = skien.clients.Egil; // index 4: LAR and Feltpleien
      expect(
        (await ports.enrolments.servicesOf(coordinator, { clientId: egil, on: TODAY })).sort(),
      ).toEqual([lar, felt].sort());
      expect(await ports.enrolments.activeIn(oslo, { serviceIds: [lar], on: TODAY })).toEqual([]);
      const [{ count: audited }] = await api.db.dataSource.query(
        `SELECT count(*)::int AS count FROM kernel.audit_event
        WHERE resource_type = 'enrolment' AND action = 'search' AND client_id = $1 AND actor_subject = 'coordinator-liv'`,
        [arne],
      );
      expect(audited).toBeGreaterThanOrEqual(2);
    },
  );

  itForAllTenants(
    'clients: vulnerability flags, phone reachability, language and contacts, for any number of ids',
    async () => {
      const ids = Object.values(skien.clients);
      const facts = await inUnit(() => ports.clients.facts(coordinator, [...ids, ...ids]));
      expect(facts).toHaveLength(40);
      const of = (clientId: string) => facts.find((fact) => fact.clientId === clientId);
      expect(of(skien.clients.Arne)).toEqual({
        clientId: skien.clients.Arne,
        vulnerabilityFlags: ['overdose-history'],
        reachableByPhone: true,
        preferredLanguage: 'nb',
        interpreterNeeded: false,
        primaryContact: 'nurse-anne',
        backupContact: null,
      });
      expect(of(skien.clients.Cato)).toMatchObject({
        reachableByPhone: false,
        vulnerabilityFlags: ['no-phone'],
      });
      expect(of(skien.clients.Petra)).toMatchObject({
        vulnerabilityFlags: ['language-difficulty'],
        preferredLanguage: 'ti',
        interpreterNeeded: true,
        primaryContact: 'consultant-kari',
        backupContact: 'nurse-anne',
      });
      expect(of(skien.clients.Ivar)?.vulnerabilityFlags).toEqual(['pregnancy']);
      expect(await ports.clients.facts(oslo, ids)).toEqual([]);
    },
  );

  itForAllTenants(
    'crisis contacts: who holds consent to contact each client, in plain words, in the order asked',
    async () => {
      const { Cato, Arne, Laila, Bjørg } = skien.clients;
      const contacts = await inUnit(() =>
        ports.crisisContacts.contactsOf(coordinator, [Cato, Arne, Laila, Bjørg]),
      );
      expect(contacts.map((entry) => entry.clientId)).toEqual([Cato, Arne, Laila, Bjørg]);
      const consentOf = (clientId: string) =>
        skien.crisisConsents.find((consent) => consent.clientId === clientId)?.consentId;
      expect(contacts[0]?.contacts).toEqual([
        {
          kind: 'organisation',
          description: 'NAV Skien (org. 889640782)',
          consentId: consentOf(Cato),
        },
        { kind: 'person', description: 'Kari Nordmann (mother)', consentId: consentOf(Cato) },
      ]);
      expect(contacts[1]?.contacts).toEqual([
        {
          kind: 'role',
          description: 'LAR-lege, DPS Telemark — role lar-doctor at org. 983971636',
          consentId: consentOf(Arne),
        },
      ]);
      expect(contacts[2]?.contacts).toEqual([
        expect.objectContaining({ kind: 'person', consentId: consentOf(Laila) }),
      ]);
      expect(contacts[3]?.contacts).toEqual([]);
    },
  );

  itForAllTenants(
    'staff: who is on duty and available today with teams and competencies, and who is away',
    async () => {
      const available = await inUnit(() => ports.staff.availableOn(coordinator, TODAY));
      expect(available.map((member) => member.name)).toEqual([
        'Anne Larsen',
        'Kari Moe',
        'Liv Haugen',
        'Ola Berg',
        'Per Lie',
      ]);
      expect(available.find((member) => member.name === 'Anne Larsen')).toEqual({
        staffId: skien.staff['Anne Larsen'].id,
        subject: 'nurse-anne',
        name: 'Anne Larsen',
        teamIds: [skien.teams['Lavterskel og LAR']],
        competencies: ['field-nursing', 'lar-dispensing'],
      });
      expect(
        await ports.staff.absentAmong(coordinator, {
          subjects: ['nurse-siri', 'nurse-anne', 'nobody'],
          on: TODAY,
        }),
      ).toEqual(new Set(['nurse-siri']));
      expect(await ports.staff.availableOn(oslo, TODAY)).toEqual([]);
    },
  );

  itForAllTenants(
    'service modes and cohorts: applied together, restored by reference, and both rolled back when the caller fails',
    async () => {
      const before = { modes: await modes(), seats: await seats() };
      const historyBefore = await count('SELECT count(*) FROM services.service_mode_change');
      const activity = [skien.services.Aktivitetsgruppene, skien.services['Opp & Jobb']];

      await expect(
        unitOfWork.run(async () => {
          await ports.serviceModes.change(coordinator, [
            { serviceId: skien.services['UNG-prosjektet'], mode: 'closed', reason: 'Crisis red' },
            {
              serviceId: skien.services.Aktivitetsgruppene,
              mode: 'outdoor-only',
              reason: 'Crisis red',
            },
          ]);
          const applied = await ports.cohorts.apply(coordinator, {
            reference: 'crisis-red-rolled-back',
            maxSize: 5,
            serviceIds: activity,
          });
          expect(applied.groups).toBe(3);
          throw new Error('the last effect failed');
        }),
      ).rejects.toThrow('the last effect failed');
      expect(await modes()).toEqual(before.modes);
      expect(await seats()).toEqual(before.seats);
      expect(await count('SELECT count(*) FROM services.service_mode_change')).toBe(historyBefore);
      expect(await count('SELECT count(*) FROM groups.arrangement')).toBe(0);

      // The same effects, committed: modes switched with history, groups split to at most 5.
      const applied = await unitOfWork.run(async () => {
        await ports.serviceModes.change(coordinator, [
          { serviceId: skien.services['UNG-prosjektet'], mode: 'closed', reason: 'Crisis red' },
          {
            serviceId: skien.services.Aktivitetsgruppene,
            mode: 'outdoor-only',
            reason: 'Crisis red',
          },
        ]);
        return ports.cohorts.apply(coordinator, {
          reference: 'crisis-red',
          maxSize: 5,
          serviceIds: activity,
        });
      });
      expect(applied.groups).toBe(3);
      expect(applied.membersMoved).toBeGreaterThan(0);
      for (const entry of applied.unplaced) {
        expect(Object.keys(entry).sort()).toEqual(['clientId', 'groupId', 'membershipId']);
        expect(
          [
            skien.groups.Yoga,
            skien.groups['Styrke og kondisjon'],
            skien.groups['Opp & Jobb-gruppa'],
          ].find((group) => group.id === entry.groupId)?.clientIds,
        ).toContain(entry.clientId);
      }
      expect(await modes()).toMatchObject({
        'UNG-prosjektet': 'closed v2',
        Aktivitetsgruppene: 'outdoor-only v2',
        'LAR-utdelingen': 'open v1',
      });
      const [{ largest }] = await api.db.dataSource.query(
        `SELECT max(n)::int AS largest FROM (SELECT count(*) AS n FROM groups.membership
        WHERE group_id = ANY($1) AND status = 'active' GROUP BY cohort_id) t`,
        [[skien.groups.Yoga.id, skien.groups['Opp & Jobb-gruppa'].id]],
      );
      expect(largest).toBeLessThanOrEqual(5);

      await unitOfWork.run(async () => {
        await ports.cohorts.restore(coordinator, 'crisis-red');
        await ports.serviceModes.change(coordinator, [
          { serviceId: skien.services['UNG-prosjektet'], mode: 'open', reason: 'Crisis over' },
          { serviceId: skien.services.Aktivitetsgruppene, mode: 'open', reason: 'Crisis over' },
        ]);
      });
      expect(await seats()).toEqual(before.seats);
      expect(await modes()).toMatchObject({
        'UNG-prosjektet': 'open v3',
        Aktivitetsgruppene: 'open v3',
      });
    },
  );

  itForAllTenants(
    'cohorts: members no cohort can seat come back as unplaced {clientId, groupId, membershipId}, seated again on restore',
    async () => {
      const before = await seats();
      const ung = skien.groups['UNG-prosjektet gruppe'];
      // Two slots with at most two cohorts each: at size 1, four of the eight members get no seat.
      const applied = await inUnit(() =>
        ports.cohorts.apply(coordinator, {
          reference: 'crisis-ung',
          maxSize: 1,
          serviceIds: [skien.services['UNG-prosjektet']],
        }),
      );
      expect(applied.groups).toBe(1);
      expect(applied.unplaced).toHaveLength(4);
      for (const entry of applied.unplaced) {
        expect(entry).toEqual({
          clientId: expect.any(String),
          groupId: ung.id,
          membershipId: ung.membershipIds[ung.clientIds.indexOf(entry.clientId)],
        });
      }
      await inUnit(() => ports.cohorts.restore(coordinator, 'crisis-ung'));
      expect(await seats()).toEqual(before);
    },
  );
});
