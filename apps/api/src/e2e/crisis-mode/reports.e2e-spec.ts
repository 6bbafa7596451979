import { addDays, fixedClock } from '@lavterskel/kernel';
import {
  buildCrisisMunicipality,
  type CrisisMunicipality,
} from '../../testing/crisis-municipality';
import { startTestApp, type TestApp } from '../../testing/test-app';

interface Entry {
  rank: number;
  clientId: string;
  tier: string;
  matchedFlags: string[];
  reach: { kind: string; via: { kind: string }[]; noPathReasons: string[]; reason: string | null };
}
interface Line {
  competency: string | null;
  minimum: number;
  availableCount: number;
  available: { staffId: string; name: string; via: string; assignmentId: string | null }[];
  gap: number;
  candidates: { staffId: string; name: string }[];
}
interface StaffingBody {
  on: string;
  basis: { level: string; preview: boolean };
  services: { service: { id: string; name: string }; lines: Line[]; gap: number }[];
  totalGap: number;
}

/**
 * CR-4 and CR-5 through the API on a Skien-like municipality (seed 000): the priority list in
 * tiers with reach paths, paged and audited per client shown; the staffing of the critical
 * services with the gaps, lent staff away, and back-up staff assigned and ended.
 */
describe('crisis reports: priority list (CR-4) and staffing (CR-5)', () => {
  let api: TestApp;
  let skien: CrisisMunicipality;
  let planId: string;
  let osloCoordinator: string;
  let staffBearer: string;
  const TODAY = '2026-11-23';

  beforeAll(async () => {
    api = await startTestApp({ clock: fixedClock('2026-11-23T09:00:00Z') });
    skien = await buildCrisisMunicipality(api, { today: TODAY });
    const s = skien.services;
    const plan = await api
      .http()
      .post('/v1/crisis/plans/templates/skien-2020')
      .set('Authorization', skien.bearer.coordinator)
      .send({
        services: {
          larDispensing: s['LAR-utdelingen'],
          fieldNursing: s.Feltpleien,
          followUp: s['Oppfølging/ruskonsulenter'],
          activityGroups: s.Aktivitetsgruppene,
          oppOgJobb: s['Opp & Jobb'],
          miljopatruljen: s.Miljøpatruljen,
          rusfrittHus: s['Rusfritt Hus'],
          aftercareGroups: s['Askepotter/Askeladder'],
          ungPluss: s['UNG pluss'],
          ungProsjektet: s['UNG-prosjektet'],
        },
      });
    expect(plan.status).toBe(201);
    planId = plan.body.plan.id;
    osloCoordinator = `Bearer ${await api.token({ tenant: '0301', subject: 'coordinator-oslo', roles: ['crisis-coordinator'] })}`;
    staffBearer = skien.bearer.nurse;
  }, 180_000);
  afterAll(() => api.close());

  const get = (path: string, bearer = skien.bearer.coordinator) =>
    api.http().get(path).set('Authorization', bearer);
  const post = (path: string, body: object, bearer = skien.bearer.coordinator) =>
    api.http().post(path).set('Authorization', bearer).send(body);
  const wholeList = async (query = '') => {
    const response = await get(`/v1/crisis/priority-list?limit=100${query}`);
    expect(response.status).toBe(200);
    return response.body as {
      items: Entry[];
      nextCursor: string | null;
      total: number;
      basis: object;
      tierCounts: Record<string, number>;
    };
  };
  const tierOf = (items: Entry[], tier: string) =>
    items
      .filter((item) => item.tier === tier)
      .map((item) => item.clientId)
      .sort();
  const lineOf = (body: StaffingBody, service: string, competency: string) =>
    body.services
      .find((entry) => entry.service.name === service)
      ?.lines.find((line) => line.competency === competency) as Line;

  describe('priority list', () => {
    it('without a crisis: any flag first, then LAR clients, then the rest, each client once', async () => {
      const list = await wholeList();
      const c = skien.clients;
      const flagged = [
        ...new Set([
          ...skien.flagged.noPhone,
          ...skien.flagged.overdoseHistory,
          ...skien.flagged.pregnancy,
          ...skien.flagged.languageDifficulty,
          ...skien.flagged.homeless,
        ]),
      ].sort();
      expect(list.basis).toEqual({
        level: 'normal',
        planId: null,
        planVersion: null,
        preview: false,
      });
      expect(list.total).toBe(40);
      expect(new Set(list.items.map((item) => item.clientId)).size).toBe(40);
      expect(tierOf(list.items, 'priority-flags')).toEqual(flagged);
      // LAR-utdelingen enrols clients 0–7; the unflagged ones among them
      expect(tierOf(list.items, 'lar')).toEqual([c.Bjørg, c.Egil, c.Hilde].sort());
      expect(list.items.map((item) => item.tier)).toEqual([
        ...Array(flagged.length).fill('priority-flags'),
        ...Array(3).fill('lar'),
        ...Array(40 - flagged.length - 3).fill('other'),
      ]);
      // Hans: no phone and homeless: both flags, ranked above single-flag clients
      expect(list.items[0]?.clientId).toBe(c.Hans);
      expect(list.items.map((item) => item.rank)).toEqual(list.items.map((_, i) => i + 1));
    });

    it('gives each client a reach path: phone, visit, via a consenting partner, or no-path with the reason', async () => {
      const list = await wholeList();
      const reach = (clientId: string) =>
        list.items.find((item) => item.clientId === clientId)?.reach;
      const c = skien.clients;
      // Cato: no phone, has a home; NAV and his mother hold consent
      expect(reach(c.Cato)).toMatchObject({
        kind: 'visit',
        via: [{ kind: 'organisation' }, { kind: 'person' }],
      });
      // Geir: homeless but has a phone
      expect(reach(c.Geir)?.kind).toBe('phone');
      // Arne: a phone, and the LAR doctor's role holds consent
      expect(reach(c.Arne)).toMatchObject({ kind: 'phone', via: [{ kind: 'role' }] });
      // Hans: no phone, homeless, no consent
      expect(reach(c.Hans)).toEqual({
        kind: 'no-path',
        via: [],
        twoStaffRequired: false,
        noPathReasons: ['no-phone', 'no-known-address', 'no-crisis-consent'],
        reason: expect.stringContaining('homeless'),
      });
    });

    it('previews the plan’s red level before activation: its flags, then its prioritised services, then LAR', async () => {
      const list = await wholeList(`&planId=${planId}&level=red`);
      const c = skien.clients;
      expect(list.basis).toEqual({ level: 'red', planId, planVersion: 1, preview: true });
      // language difficulty is not a priority flag at red: Petra and Ingrid drop out of the first tier
      const priority = tierOf(list.items, 'priority-flags');
      expect(priority).not.toContain(c.Petra);
      expect(priority).toContain(c.Ivar);
      // The plan prioritises Feltpleien (4–13) and UNG pluss (34–39); their flagged clients
      // (Frida, Geir, Ivar, Laila, Magne; Nils) stay in the first tier
      expect(tierOf(list.items, 'prioritised-service')).toEqual(
        [c.Egil, c.Hilde, c.Jorunn, c.Knut, c.Nina, c.Lars, c.Marit, c.Oda, c.Pål, c.Randi].sort(),
      );
      // LAR-utdelingen (0–7) clients neither flagged nor in a prioritised service
      expect(tierOf(list.items, 'lar')).toEqual([c.Bjørg]);
      expect(list.tierCounts).toEqual({
        priorityFlags: priority.length,
        prioritisedService: 10,
        lar: 1,
        other: 40 - priority.length - 11,
      });
      // Nothing was activated by a preview
      expect((await get('/v1/crisis/level')).body).toMatchObject({ level: 'normal' });
    });

    it('pages with a cursor through the same order, and audits one row per client shown', async () => {
      const whole = await wholeList();
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const response = await get(
          `/v1/crisis/priority-list?limit=7${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(response.status).toBe(200);
        const page = response.body as { items: Entry[]; nextCursor: string | null };
        const shown = page.items.map((item) => item.clientId);
        seen.push(...shown);
        const audited = await api.db.dataSource.query(
          `SELECT client_id FROM kernel.audit_event
            WHERE resource_type = 'crisis-priority-list' AND action = 'search'
              AND request_id = $1`,
          [response.headers['x-request-id']],
        );
        expect(audited.map((row: { client_id: string }) => row.client_id).sort()).toEqual(
          [...shown].sort(),
        );
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(6);
      expect(seen).toEqual(whole.items.map((item) => item.clientId));
    });

    it('shows another municipality nothing', async () => {
      const response = await get('/v1/crisis/priority-list', osloCoordinator);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ items: [], total: 0, nextCursor: null });
    });

    it('refuses bad queries naming the field, unknown levels and plans, and callers without the role', async () => {
      const bad = await get('/v1/crisis/priority-list?level=Red&planId=nope&limit=0');
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'level',
        'limit',
        'planId',
      ]);
      const noPlan = await get('/v1/crisis/priority-list?level=red');
      expect(noPlan.status).toBe(400);
      expect(noPlan.body.errors).toEqual([
        expect.objectContaining({ field: 'planId', rule: 'required' }),
      ]);
      const levelMissing = await get(`/v1/crisis/priority-list?planId=${planId}`);
      expect(levelMissing.status).toBe(400);
      expect(levelMissing.body.errors).toEqual([expect.objectContaining({ field: 'level' })]);
      const unknown = await get(`/v1/crisis/priority-list?planId=${planId}&level=purple`);
      expect(unknown.status).toBe(422);
      expect(unknown.body.code).toBe('crisis-mode.unknown-level');
      const otherTenantsPlan = await get(
        `/v1/crisis/priority-list?planId=${planId}&level=red`,
        osloCoordinator,
      );
      expect(otherTenantsPlan.status).toBe(404);
      const cursor = await get('/v1/crisis/priority-list?cursor=bm90LWEtY3Vyc29y');
      expect(cursor.status).toBe(400);
      expect(cursor.body.code).toBe('kernel.invalid-cursor');
      expect((await get('/v1/crisis/priority-list', staffBearer)).status).toBe(403);
    });
  });

  describe('staffing', () => {
    it('reports every critical service in one report: without a crisis, one per competency; sick staff away', async () => {
      const response = await get('/v1/crisis/staffing');
      expect(response.status).toBe(200);
      const body = response.body as StaffingBody;
      expect(body).toMatchObject({
        on: TODAY,
        basis: { level: 'normal', preview: false },
        totalGap: 0,
      });
      expect(body.services.map((entry) => entry.service.name)).toEqual([
        'Feltpleien',
        'LAR-utdelingen',
      ]);
      const lar = lineOf(body, 'LAR-utdelingen', 'lar-dispensing');
      // Siri Dahl (LAR team) is sick; Liv Haugen (Ungdom) is trained but not in the team: a candidate
      expect(lar).toMatchObject({ minimum: 1, availableCount: 1, gap: 0 });
      expect(lar.available.map((staff) => staff.name)).toEqual(['Anne Larsen']);
      expect(lar.candidates.map((staff) => staff.name)).toEqual(['Liv Haugen']);
      expect(lineOf(body, 'Feltpleien', 'field-nursing')).toMatchObject({
        minimum: 1,
        availableCount: 2,
      });
      const [{ count }] = await api.db.dataSource.query(
        `SELECT count(*)::int AS count FROM kernel.audit_event WHERE resource_type = 'crisis-staffing' AND request_id = $1`,
        [response.headers['x-request-id']],
      );
      expect(count).toBe(1);
    });

    it('previews red’s minimums: two of each, so LAR dispensing lacks one', async () => {
      const body = (await get(`/v1/crisis/staffing?planId=${planId}&level=red`))
        .body as StaffingBody;
      expect(body.basis).toMatchObject({ level: 'red', preview: true });
      expect(lineOf(body, 'LAR-utdelingen', 'lar-dispensing')).toMatchObject({
        minimum: 2,
        gap: 1,
      });
      expect(lineOf(body, 'Feltpleien', 'field-nursing')).toMatchObject({ minimum: 2, gap: 0 });
      expect(body.totalGap).toBe(1);
    });

    it('a back-up counts only in its period, until it is ended; ending twice is a conflict', async () => {
      const liv = skien.staff['Liv Haugen'];
      const created = await post('/v1/crisis/staffing/backup-assignments', {
        serviceId: skien.services['LAR-utdelingen'],
        staffId: liv.id,
        competency: 'lar-dispensing',
        from: TODAY,
        to: addDays(TODAY, 6),
        reason: 'Back-up for LAR-utdelingen while Siri Dahl is sick',
      });
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      expect(created.body).toMatchObject({
        staffId: liv.id,
        from: TODAY,
        endedAt: null,
        assignedBy: 'coordinator-liv',
      });

      const red = (await get(`/v1/crisis/staffing?planId=${planId}&level=red`))
        .body as StaffingBody;
      expect(lineOf(red, 'LAR-utdelingen', 'lar-dispensing')).toMatchObject({
        gap: 0,
        available: [
          expect.objectContaining({ name: 'Anne Larsen', via: 'team' }),
          expect.objectContaining({ name: 'Liv Haugen', via: 'backup', assignmentId: id }),
        ],
      });
      const afterPeriod = (
        await get(`/v1/crisis/staffing?on=${addDays(TODAY, 7)}&planId=${planId}&level=red`)
      ).body as StaffingBody;
      expect(
        lineOf(afterPeriod, 'LAR-utdelingen', 'lar-dispensing').available.map((s) => s.name),
      ).not.toContain('Liv Haugen');

      const listed = await get(`/v1/crisis/staffing/backup-assignments?activeOn=${TODAY}`);
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([id]);

      const ended = await post(`/v1/crisis/staffing/backup-assignments/${id}/end`, {});
      expect(ended.status).toBe(200);
      expect(ended.body).toMatchObject({ id, endedBy: 'coordinator-liv' });
      const again = await post(
        `/v1/crisis/staffing/backup-assignments/${id}/end`,
        {},
        skien.bearer.lead,
      );
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('crisis-mode.backup-assignment-ended');
      const stillOnce = await get(`/v1/crisis/staffing/backup-assignments?staffId=${liv.id}`);
      expect(stillOnce.body.items).toEqual([
        expect.objectContaining({ id, endedBy: 'coordinator-liv' }),
      ]);
      expect(
        (await get(`/v1/crisis/staffing/backup-assignments?activeOn=${TODAY}`)).body.items,
      ).toEqual([]);
      const afterEnd = (await get(`/v1/crisis/staffing?planId=${planId}&level=red`))
        .body as StaffingBody;
      expect(lineOf(afterEnd, 'LAR-utdelingen', 'lar-dispensing').gap).toBe(1);
      expect(
        (
          await post(
            `/v1/crisis/staffing/backup-assignments/00000000-0000-4000-8000-000000000000/end`,
            {},
          )
        ).status,
      ).toBe(404);
    });

    it('refuses a back-up who lacks the competency or a service that is not critical, saving nothing', async () => {
      const before = await get('/v1/crisis/staffing/backup-assignments?limit=100');
      const lacking = await post('/v1/crisis/staffing/backup-assignments', {
        serviceId: skien.services['LAR-utdelingen'],
        staffId: skien.staff['Per Lie'].id,
        competency: 'lar-dispensing',
        from: TODAY,
        to: TODAY,
        reason: 'Per has no LAR certificate',
      });
      expect(lacking.status).toBe(422);
      expect(lacking.body.code).toBe('crisis-mode.competency-not-held');
      const notCritical = await post('/v1/crisis/staffing/backup-assignments', {
        serviceId: skien.services.Aktivitetsgruppene,
        staffId: skien.staff['Liv Haugen'].id,
        competency: 'lar-dispensing',
        from: TODAY,
        to: TODAY,
        reason: 'Not a critical service',
      });
      expect(notCritical.status).toBe(400);
      expect(notCritical.body.errors).toEqual([
        expect.objectContaining({ field: 'serviceId', rule: 'critical-service' }),
      ]);
      const malformed = await post('/v1/crisis/staffing/backup-assignments', {
        serviceId: 'x',
        staffId: skien.staff['Liv Haugen'].id,
        competency: 'LAR',
        from: '2026-02-30',
        to: TODAY,
        reason: '',
        extra: true,
      });
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'competency',
        'extra',
        'from',
        'reason',
        'serviceId',
      ]);
      const foreign = await post(
        '/v1/crisis/staffing/backup-assignments',
        {
          serviceId: skien.services['LAR-utdelingen'],
          staffId: skien.staff['Liv Haugen'].id,
          competency: 'lar-dispensing',
          from: TODAY,
          to: TODAY,
          reason: 'Another municipality’s service',
        },
        osloCoordinator,
      );
      expect(foreign.status).toBe(404);
      expect((await get('/v1/crisis/staffing/backup-assignments?limit=100')).body).toEqual(
        before.body,
      );
      expect((await get('/v1/crisis/staffing', staffBearer)).status).toBe(403);
    });

    it('counts staff lent to a partner as away', async () => {
      const partner = await post(
        '/v1/services/partners',
        { name: 'Kirkens Bymisjon Skien', kind: 'ngo' },
        skien.bearer.lead,
      );
      expect(partner.status).toBe(201);
      const anne = skien.staff['Anne Larsen'];
      const lent = await post(
        `/v1/staff/members/${anne.id}/availability`,
        {
          status: 'lent-to-partner',
          from: addDays(TODAY, 1),
          to: addDays(TODAY, 3),
          partnerId: partner.body.id,
        },
        skien.bearer.lead,
      );
      expect(lent.status).toBe(201);
      const tomorrow = (await get(`/v1/crisis/staffing?on=${addDays(TODAY, 1)}`))
        .body as StaffingBody;
      expect(lineOf(tomorrow, 'LAR-utdelingen', 'lar-dispensing')).toMatchObject({
        availableCount: 0,
        gap: 1,
      });
      expect(lineOf(tomorrow, 'Feltpleien', 'field-nursing').available.map((s) => s.name)).toEqual([
        'Ola Berg',
      ]);
      const today = (await get('/v1/crisis/staffing')).body as StaffingBody;
      expect(lineOf(today, 'LAR-utdelingen', 'lar-dispensing').availableCount).toBe(1);
    });
  });
});
