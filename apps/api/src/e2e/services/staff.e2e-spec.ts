import { randomUUID } from 'node:crypto';
import {
  OSLO,
  SKIEN,
  TODAY,
  createTeamAndService,
  expectProblem,
  startServicesApp,
  type ServicesTestApp,
} from './services-e2e';

describe('partners (SV-7) and staff with competencies and availability (SV-2)', () => {
  let api: ServicesTestApp;
  let lead: string;
  let staff: string;

  beforeAll(async () => {
    api = await startServicesApp();
    lead = await api.bearer({ tenant: SKIEN, roles: ['team-lead'], subject: 'lead-per' });
    staff = await api.bearer({ tenant: SKIEN, roles: ['staff'], subject: 'nurse-anne' });
  });
  afterAll(() => api.close());

  const registerPartner = (body: Record<string, unknown>, token = lead) =>
    api.http().post('/v1/services/partners').set('Authorization', token).send(body);
  const registerStaff = (name: string, subject?: string) =>
    api
      .http()
      .post('/v1/staff/members')
      .set('Authorization', lead)
      .send({ name, subject, profession: 'nurse' })
      .expect(201);
  const post = (path: string, body: object) =>
    api.http().post(path).set('Authorization', lead).send(body);

  describe('partners', () => {
    it('registers partners and lists them by name, optionally by kind; the fixed path is not read as a service id', async () => {
      const pharmacy = await registerPartner({
        name: 'Apotek 1 Skien',
        kind: 'pharmacy',
        organisationNumber: '983887457',
      }).expect(201);
      expect(pharmacy.body).toMatchObject({
        name: 'Apotek 1 Skien',
        kind: 'pharmacy',
        organisationNumber: '983887457',
        phone: null,
        email: null,
      });
      await registerPartner({
        name: 'Kirkens Bymisjon',
        kind: 'ngo',
        email: 'post@bymisjon.example',
      }).expect(201);

      const pharmacies = await api
        .http()
        .get('/v1/services/partners?kind=pharmacy')
        .set('Authorization', staff)
        .expect(200);
      expect(pharmacies.body.items.map((p: { name: string }) => p.name)).toEqual([
        'Apotek 1 Skien',
      ]);
      const one = await api
        .http()
        .get(`/v1/services/partners/${pharmacy.body.id}`)
        .set('Authorization', staff)
        .expect(200);
      expect(one.body).toEqual(pharmacy.body);
      expect(
        await api.auditRows({ resourceType: 'partner', resourceId: pharmacy.body.id }),
      ).toEqual([expect.objectContaining({ action: 'create' })]);
    });

    it('refuses a bad organisation number, an unknown kind and a taken name', async () => {
      const bad = await registerPartner({
        name: 'NAV Skien',
        kind: 'nav',
        organisationNumber: '983887458',
      }).expect(400);
      expectProblem(bad.body, 'services.invalid-input', {
        field: 'organisationNumber',
        rule: 'organisation-number',
      });
      const kind = await registerPartner({ name: 'Bank', kind: 'bank' }).expect(400);
      expectProblem(kind.body, 'validation-failed', { field: 'kind', rule: 'isIn' });
      await registerPartner({ name: 'DPS Skien', kind: 'dps' }).expect(201);
      expectProblem(
        (await registerPartner({ name: 'DPS Skien', kind: 'dps' }).expect(409)).body,
        'services.already-exists',
        { field: 'name' },
      );
      await registerPartner({ name: 'By staff', kind: 'ngo' }, staff).expect(403);
    });

    it('keeps partners within their municipality', async () => {
      const partner = await registerPartner({ name: 'Skien NGO', kind: 'ngo' }).expect(201);
      const oslo = await api.bearer({ tenant: OSLO, roles: ['staff'] });
      await api
        .http()
        .get(`/v1/services/partners/${partner.body.id}`)
        .set('Authorization', oslo)
        .expect(404);
    });
  });

  describe('staff members', () => {
    it('registers staff with a unique subject, and shows teams, competencies and availability (audited)', async () => {
      const { teamId } = await createTeamAndService(api);
      const anne = await registerStaff('Anne Hansen', `anne-${randomUUID()}`);
      const duplicate = await api
        .http()
        .post('/v1/staff/members')
        .set('Authorization', lead)
        .send({ name: 'Anne again', subject: anne.body.subject })
        .expect(409);
      expectProblem(duplicate.body, 'services.already-exists', { field: 'subject' });

      const membership = await post(`/v1/staff/members/${anne.body.id}/memberships`, {
        teamId,
        joinedOn: '2026-01-01',
      }).expect(201);
      expectProblem(
        (await post(`/v1/staff/members/${anne.body.id}/memberships`, { teamId }).expect(409)).body,
        'services.already-exists',
        { field: 'teamId' },
      );
      await post(`/v1/staff/members/${anne.body.id}/competencies`, {
        code: 'lar-dispensing',
        certifiedOn: '2026-01-15',
        expiresOn: '2027-01-14',
      }).expect(201);
      await post(`/v1/staff/members/${anne.body.id}/availability`, {
        status: 'on-duty',
        from: '2026-11-01',
        to: '2026-11-30',
      }).expect(201);

      const profile = await api
        .http()
        .get(`/v1/staff/members/${anne.body.id}`)
        .set('Authorization', lead)
        .expect(200);
      expect(profile.body).toMatchObject({
        name: 'Anne Hansen',
        memberships: [{ id: membership.body.id, teamId, joinedOn: '2026-01-01', leftOn: null }],
        competencies: [
          {
            code: 'lar-dispensing',
            certifiedOn: '2026-01-15',
            expiresOn: '2027-01-14',
            recordedBy: 'lead-per',
          },
        ],
        availability: [
          { status: 'on-duty', from: '2026-11-01', to: '2026-11-30', partnerId: null },
        ],
      });

      const ended = await post(
        `/v1/staff/members/${anne.body.id}/memberships/${membership.body.id}/end`,
        { leftOn: '2026-12-31' },
      ).expect(200);
      expect(ended.body.leftOn).toBe('2026-12-31');
      expectProblem(
        (
          await post(
            `/v1/staff/members/${anne.body.id}/memberships/${membership.body.id}/end`,
            {},
          ).expect(409)
        ).body,
        'services.invalid-state-transition',
      );

      const audit = await api.auditRows({ resourceType: 'staff-member', resourceId: anne.body.id });
      expect(audit.map((row) => row.action).sort()).toEqual([
        'create',
        'read',
        'update',
        'update',
        'update',
        'update',
      ]);
      const list = await api
        .http()
        .get('/v1/staff/members?limit=100')
        .set('Authorization', lead)
        .expect(200);
      expect(list.body.items).toContainEqual(
        expect.objectContaining({ id: anne.body.id, name: 'Anne Hansen' }),
      );
      expect(
        await api.auditRows({ resourceType: 'staff-member', resourceId: undefined }),
      ).toContainEqual(expect.objectContaining({ action: 'search', resource_id: null }));
    });

    it('keeps staff records from plain staff, and from other municipalities', async () => {
      const member = await registerStaff('Ola Nordmann');
      await api
        .http()
        .get(`/v1/staff/members/${member.body.id}`)
        .set('Authorization', staff)
        .expect(403);
      await api.http().get('/v1/staff/members').set('Authorization', staff).expect(403);
      const oslo = await api.bearer({ tenant: OSLO, roles: ['team-lead'] });
      await api
        .http()
        .get(`/v1/staff/members/${member.body.id}`)
        .set('Authorization', oslo)
        .expect(404);
      await api
        .http()
        .post(`/v1/staff/members/${member.body.id}/competencies`)
        .set('Authorization', oslo)
        .send({ code: 'field-nursing', certifiedOn: TODAY })
        .expect(404);
    });

    it('refuses bad periods and lending without a real partner, and saves nothing', async () => {
      const member = await registerStaff('Kari Berg');
      const path = `/v1/staff/members/${member.body.id}/availability`;
      expectProblem(
        (await post(path, { status: 'sick', from: '2026-11-24', to: '2026-11-23' }).expect(400))
          .body,
        'services.invalid-input',
        {
          field: 'to',
          rule: 'not-before-from',
        },
      );
      expectProblem(
        (await post(path, { status: 'lent-to-partner', from: TODAY, to: TODAY }).expect(400)).body,
        'services.invalid-input',
        {
          field: 'partnerId',
          rule: 'required',
        },
      );
      expectProblem(
        (
          await post(path, {
            status: 'lent-to-partner',
            from: TODAY,
            to: TODAY,
            partnerId: randomUUID(),
          }).expect(422)
        ).body,
        'services.unknown-reference',
        {
          field: 'partnerId',
        },
      );
      expectProblem(
        (await post(path, { status: 'holiday', from: '2026-02-30', to: TODAY }).expect(400)).body,
        'validation-failed',
        { field: 'from', rule: 'isCalendarDate' },
      );
      const competency = await post(`/v1/staff/members/${member.body.id}/competencies`, {
        code: 'LAR Dispensing',
        certifiedOn: TODAY,
        expiresOn: '2026-01-01',
      }).expect(400);
      expectProblem(competency.body, 'validation-failed', { field: 'code', rule: 'matches' });
      expectProblem(
        (
          await post(`/v1/staff/members/${member.body.id}/competencies`, {
            code: 'lar-dispensing',
            certifiedOn: TODAY,
            expiresOn: '2026-01-01',
          }).expect(400)
        ).body,
        'services.invalid-input',
        {
          field: 'expiresOn',
        },
      );
      expect(await api.count('availability_period', 'staff_id = $1', [member.body.id])).toBe(0);
      expect(await api.count('competency', 'staff_id = $1', [member.body.id])).toBe(0);
    });
  });

  describe('who is trained and available for a service on a day', () => {
    it('lists on-duty staff holding every required competency that day: the team first, then back-ups', async () => {
      // A municipality of its own, so staff of the other tests do not show up.
      const tenant = '3005';
      const drammenLead = await api.bearer({ tenant, roles: ['team-lead'], subject: 'lead-per' });
      const send = (path: string, body: object) =>
        api.http().post(path).set('Authorization', drammenLead).send(body);
      const { teamId, serviceId } = await createTeamAndService(api, {
        tenant,
        requiredCompetencies: ['lar-dispensing'],
      });
      const other = await createTeamAndService(api, { tenant });
      const partner = await send('/v1/services/partners', {
        name: 'Legevakt',
        kind: 'other',
      }).expect(201);
      const person = async (
        name: string,
        setup: {
          team?: string;
          certified?: [string, string | null];
          periods?: [string, string, string][];
        },
      ) => {
        const id: string = (await send('/v1/staff/members', { name }).expect(201)).body.id;
        if (setup.team)
          await send(`/v1/staff/members/${id}/memberships`, {
            teamId: setup.team,
            joinedOn: '2026-01-01',
          }).expect(201);
        if (setup.certified)
          await send(`/v1/staff/members/${id}/competencies`, {
            code: 'lar-dispensing',
            certifiedOn: setup.certified[0],
            expiresOn: setup.certified[1],
          }).expect(201);
        for (const [status, from, to] of setup.periods ?? []) {
          await send(`/v1/staff/members/${id}/availability`, {
            status,
            from,
            to,
            ...(status === 'lent-to-partner' ? { partnerId: partner.body.id } : {}),
          }).expect(201);
        }
        return id;
      };
      const onDuty: [string, string, string] = ['on-duty', '2026-11-01', '2026-11-30'];
      const ingrid = await person('Ingrid (team)', {
        team: teamId,
        certified: ['2026-01-01', null],
        periods: [onDuty],
      });
      const bjorn = await person('Bjørn (back-up)', {
        team: other.teamId,
        certified: ['2026-01-01', '2026-12-31'],
        periods: [onDuty],
      });
      await person('Siri (sick)', {
        team: teamId,
        certified: ['2026-01-01', null],
        periods: [onDuty, ['sick', TODAY, TODAY]],
      });
      await person('Quentin (quarantined)', {
        certified: ['2026-01-01', null],
        periods: [onDuty, ['quarantined', '2026-11-20', '2026-11-26']],
      });
      await person('Lars (lent out)', {
        certified: ['2026-01-01', null],
        periods: [onDuty, ['lent-to-partner', TODAY, '2026-11-24']],
      });
      await person('Eva (expired)', {
        team: teamId,
        certified: ['2025-01-01', '2026-11-22'],
        periods: [onDuty],
      });
      await person('Otto (off duty)', {
        team: teamId,
        certified: ['2026-01-01', null],
        periods: [['on-duty', '2026-12-01', '2026-12-31']],
      });
      await person('Una (untrained)', { team: teamId, periods: [onDuty] });

      const coordinator = await api.bearer({
        tenant,
        roles: ['crisis-coordinator'],
        subject: 'coordinator-kari',
      });
      const staffing = await api
        .http()
        .get(`/v1/services/${serviceId}/staffing?date=${TODAY}`)
        .set('Authorization', coordinator)
        .expect(200);
      expect(staffing.body).toEqual({
        service: expect.objectContaining({
          id: serviceId,
          critical: true,
          requiredCompetencies: ['lar-dispensing'],
          mode: 'open',
        }),
        date: TODAY,
        available: [
          {
            staffId: ingrid,
            name: 'Ingrid (team)',
            memberOfServiceTeam: true,
            competencies: ['lar-dispensing'],
          },
          {
            staffId: bjorn,
            name: 'Bjørn (back-up)',
            memberOfServiceTeam: false,
            competencies: ['lar-dispensing'],
          },
        ],
      });
      const december = await api
        .http()
        .get(`/v1/services/${serviceId}/staffing?date=2026-12-01`)
        .set('Authorization', coordinator)
        .expect(200);
      expect(december.body.available.map((s: { name: string }) => s.name)).toEqual([
        'Otto (off duty)',
      ]);
      const audit = await api.auditRows({
        resourceType: 'staff-availability',
        resourceId: serviceId,
      });
      expect(audit).toHaveLength(2);
      expect(audit).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            action: 'search',
            actor_subject: 'coordinator-kari',
            reason: `staffing on ${TODAY}`,
          }),
          expect.objectContaining({ action: 'search', reason: 'staffing on 2026-12-01' }),
        ]),
      );
    });

    it('staffs a service without required competencies with its own team, and refuses a bad day', async () => {
      const { teamId, serviceId } = await createTeamAndService(api);
      const member = await registerStaff('Tor (team)');
      await post(`/v1/staff/members/${member.body.id}/memberships`, {
        teamId,
        joinedOn: '2026-01-01',
      }).expect(201);
      await post(`/v1/staff/members/${member.body.id}/availability`, {
        status: 'on-duty',
        from: TODAY,
        to: TODAY,
      }).expect(201);
      const staffing = await api
        .http()
        .get(`/v1/services/${serviceId}/staffing?date=${TODAY}`)
        .set('Authorization', lead)
        .expect(200);
      expect(staffing.body.available).toEqual([
        expect.objectContaining({
          staffId: member.body.id,
          memberOfServiceTeam: true,
          competencies: [],
        }),
      ]);
      expectProblem(
        (
          await api
            .http()
            .get(`/v1/services/${serviceId}/staffing?date=tomorrow`)
            .set('Authorization', lead)
            .expect(400)
        ).body,
        'validation-failed',
        {
          field: 'date',
        },
      );
      await api
        .http()
        .get(`/v1/services/${serviceId}/staffing?date=${TODAY}`)
        .set('Authorization', staff)
        .expect(403);
      await api
        .http()
        .get(`/v1/services/${randomUUID()}/staffing?date=${TODAY}`)
        .set('Authorization', lead)
        .expect(404);
    });
  });
});
