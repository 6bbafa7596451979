import { fixedClock } from '@lavterskel/kernel';
import {
  buildCrisisMunicipality,
  type CrisisMunicipality,
} from '../../testing/crisis-municipality';
import { startTestApp, type TestApp } from '../../testing/test-app';

/**
 * CR-7 through HTTP: while a crisis level is in force the services, groups and clients libraries
 * refuse what the level forbids (409 problem+json naming the rule and the level, nothing
 * written), an individual exception for the client lets the same request pass, and with no
 * crisis active the same requests pass as before. The level is a real plan activated through
 * `/v1/crisis/level-changes` on a Skien-like municipality.
 */
describe('the crisis policy in force, obeyed by the other libraries (CR-7)', () => {
  let api: TestApp;
  let skien: CrisisMunicipality;
  let planId: string;
  let planVersion: number;
  let walkGroup: { id: string; cohortId: string };
  const TODAY = '2026-11-23';
  const NOW = '2026-11-23T09:00:00Z';

  beforeAll(async () => {
    api = await startTestApp({ clock: fixedClock(NOW) });
    skien = await buildCrisisMunicipality(api, { today: TODAY });
    const plan = await post(skien.bearer.coordinator, '/v1/crisis/plans', redPlan()).expect(201);
    planId = plan.body.id;
    planVersion = plan.body.version;
  }, 180_000);
  afterAll(() => api.close());

  const post = (bearer: string, path: string, body: object) =>
    api.http().post(path).set('Authorization', bearer).send(body);
  const get = (bearer: string, path: string) => api.http().get(path).set('Authorization', bearer);
  const nurse = () => skien.bearer.nurse;
  const client = (name: keyof CrisisMunicipality['clients']) => skien.clients[name];
  const service = (name: keyof CrisisMunicipality['services']) => skien.services[name];

  /** Red, modelled on Skien 2020, with one closed service so that enrolment is refused too. */
  function redPlan() {
    const base = {
      maxGroupSize: null,
      groupsClosed: false,
      batchesPerDay: null,
      allowedChannels: null,
      maxPersonsInPremises: null,
      inPersonOnlyWhereEssential: false,
      dispensingChannels: null,
      eligibility: [],
      prioritised: false,
    };
    const target = (name: keyof CrisisMunicipality['services']) => ({
      kind: 'service',
      serviceId: service(name),
    });
    return {
      name: 'Pandemiplan, test',
      levels: [
        {
          code: 'normal',
          name: 'Normal drift',
          description: 'Ingen krise.',
          rules: [],
          priorityFlags: [],
          staffing: [],
        },
        {
          code: 'red',
          name: 'Rød: pandemitiltak',
          description: 'Som MMO-senter RUS, Skien, 16.04.2020.',
          priorityFlags: ['overdose-history'],
          staffing: [],
          rules: [
            {
              ...base,
              target: { kind: 'all' },
              mode: 'reduced',
              allowedChannels: ['phone', 'video', 'home-visit', 'street-outreach', 'walk-and-talk'],
              note: 'Ingen timeavtaler i lokalene.',
            },
            {
              ...base,
              target: target('Oppfølging/ruskonsulenter'),
              mode: 'remote',
              allowedChannels: ['phone', 'video', 'office'],
              note: 'Oppfølging per telefon; fysiske møter etter individuell vurdering.',
            },
            {
              ...base,
              target: target('Askepotter/Askeladder'),
              mode: 'closed',
              note: 'Stengt.',
            },
            {
              ...base,
              target: target('UNG-prosjektet'),
              mode: 'remote',
              groupsClosed: true,
              note: 'Stengt for grupper.',
            },
            {
              ...base,
              target: target('Rusfritt Hus'),
              mode: 'reduced',
              eligibility: [
                { kind: 'group-residents-only', residenceServiceId: service('Rusfritt Hus') },
              ],
              note: 'Gruppeaktivitet bare for husstanden.',
            },
            {
              ...base,
              target: target('Aktivitetsgruppene'),
              mode: 'outdoor-only',
              maxGroupSize: 5,
              note: 'Inntil 5 personer, ute.',
            },
            {
              ...base,
              target: target('UNG pluss'),
              mode: 'reduced',
              prioritised: true,
              eligibility: [
                {
                  kind: 'health-measure-requesters',
                  measure: 'urine-test',
                  requesters: ['child-welfare', 'ung-pluss', 'driving-licence'],
                },
              ],
              note: 'Urinprøver bare etter vurdering fra barnevern, UNG pluss eller førerkort.',
            },
            {
              ...base,
              target: target('LAR-utdelingen'),
              mode: 'reduced',
              maxPersonsInPremises: 1,
              dispensingChannels: ['hatch'],
              note: 'Utlevering gjennom luke.',
            },
          ],
        },
      ],
    };
  }

  const changeLevel = (level: string) =>
    post(skien.bearer.coordinator, '/v1/crisis/level-changes', {
      level,
      ...(level === 'normal' ? {} : { planId }),
      reason: level === 'normal' ? 'Smittetrykket er lavt igjen' : 'Covid-19-utbrudd i Skien',
      guideline: {
        text: 'Helsedirektoratets råd for kommunale tjenester',
        url: 'https://www.helsedirektoratet.no/veiledere/koronavirus',
      },
    }).expect((response) => {
      if (response.status !== 201) throw new Error(JSON.stringify(response.body));
    });

  const grantException = (clientId: string, serviceId: string) =>
    post(nurse(), '/v1/crisis/exceptions', {
      clientId,
      serviceId,
      reason: 'Individuell vurdering: fysisk oppfølging er avgjørende for å hindre tilbakefall.',
    }).expect(201);

  /** The refusal every library answers with: the rule and the level, as code, detail and extensions. */
  const expectRefusal = (
    response: { status: number; headers: Record<string, string>; body: Record<string, unknown> },
    code: string,
    rule: string,
  ) => {
    expect(response.status).toBe(409);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 409, code, rule, level: 'red', planVersion });
    expect(response.body.detail).toEqual(expect.stringContaining(rule));
    expect(response.body.detail).toEqual(expect.stringContaining('red'));
  };

  // Requests that the red level forbids, each for a client named by the caller.
  const enrolInAftercare = (clientId: string) =>
    post(nurse(), `/v1/services/${service('Askepotter/Askeladder')}/enrolments`, {
      clientId,
      reason: 'Ettervern etter behandling',
    });
  const join = (groupId: string, clientId: string) =>
    post(nurse(), `/v1/groups/${groupId}/members`, { clientId });
  const officeEncounter = (clientId: string, serviceId: string | null) =>
    post(nurse(), `/v1/clients/${clientId}/encounters`, {
      occurredAt: '2026-11-23T09:30:00+01:00',
      channel: 'office',
      outcome: 'attended',
      durationMinutes: 45,
      topics: ['substance-use'],
      ...(serviceId ? { serviceId } : {}),
    });
  const urineTest = (clientId: string, requestedBy: string) =>
    post(nurse(), `/v1/services/${service('UNG pluss')}/health-measures`, {
      clientId,
      kind: 'test',
      code: 'urine-test',
      result: 'pending',
      requestedBy,
    });
  const dispense = (prescriptionId: string, channel: string) =>
    post(nurse(), `/v1/dispensing/prescriptions/${prescriptionId}/dispensings`, { channel });

  // What each library lists afterwards: proof that a refusal wrote nothing.
  const aftercareEnrolments = async (clientId: string) =>
    (await get(nurse(), `/v1/services/clients/${clientId}/enrolments`).expect(200)).body.items
      .map((enrolment: { serviceId: string }) => enrolment.serviceId)
      .filter((id: string) => id === service('Askepotter/Askeladder'));
  const membershipStatus = async (groupId: string, clientId: string) =>
    (await get(nurse(), `/v1/groups/${groupId}/members/${clientId}`)).status;
  const encounters = async (clientId: string) =>
    (await get(nurse(), `/v1/clients/${clientId}/encounters`).expect(200)).body.items;
  const healthMeasures = async (clientId: string) =>
    (await get(nurse(), `/v1/services/clients/${clientId}/health-measures`).expect(200)).body.items;
  const dispensings = async (prescriptionId: string) =>
    (await get(nurse(), `/v1/dispensing/prescriptions/${prescriptionId}/dispensings`).expect(200))
      .body.items;
  const prescription = (index: 0 | 1) =>
    (skien.prescriptions[index] as { prescriptionId: string }).prescriptionId;

  it('with no crisis active, the requests the red level will refuse all pass', async () => {
    const { body: level } = await get(skien.bearer.coordinator, '/v1/crisis/level').expect(200);
    expect(level.level).toBe('normal');
    await enrolInAftercare(client('Arne')).expect(201);
    await join(skien.groups['UNG-prosjektet gruppe'].id, client('Arne')).expect(201);
    await join(skien.groups['Husmøtet på Rusfritt Hus'].id, client('Arne')).expect(201);
    await officeEncounter(client('Arne'), service('Oppfølging/ruskonsulenter')).expect(201);
    await officeEncounter(client('Arne'), null).expect(201);
    const measure = await urineTest(client('Arne'), 'self').expect(201);
    expect(measure.body).toMatchObject({ code: 'urine-test', requestedBy: 'self' });
    await dispense(prescription(0), 'counter').expect(201);
  });

  it('activates red through the crisis-mode API', async () => {
    const { body } = await changeLevel('red');
    expect(body).toMatchObject({ fromLevel: 'normal', toLevel: 'red' });
    const { body: level } = await get(skien.bearer.coordinator, '/v1/crisis/level').expect(200);
    expect(level).toMatchObject({ level: 'red', planId, planVersion });
  });

  it('refuses enrolment in a closed service, writes nothing, and lets it pass with an exception', async () => {
    const bjorg = client('Bjørg');
    expectRefusal(
      await enrolInAftercare(bjorg),
      'services.refused-by-crisis-policy',
      'service-closed',
    );
    expect(await aftercareEnrolments(bjorg)).toEqual([]);
    await grantException(bjorg, service('Askepotter/Askeladder'));
    await enrolInAftercare(bjorg).expect(201);
    expect(await aftercareEnrolments(bjorg)).toEqual([service('Askepotter/Askeladder')]);
  });

  it('refuses a join to a closed group, writes nothing, and seats the client with an exception', async () => {
    const group = skien.groups['UNG-prosjektet gruppe'];
    const cato = client('Cato');
    expectRefusal(await join(group.id, cato), 'groups.refused-by-crisis-policy', 'groups-closed');
    expect(await membershipStatus(group.id, cato)).toBe(404);
    await grantException(cato, service('UNG-prosjektet'));
    const seated = await join(group.id, cato).expect(201);
    expect(seated.body.status).toBe('active');
    expect(await membershipStatus(group.id, cato)).toBe(200);
  });

  it('takes only residents into a residents-only group: a client enrolled in the housing service, or one with an exception', async () => {
    const group = skien.groups['Husmøtet på Rusfritt Hus'];
    const [dina, egil] = [client('Dina'), client('Egil')];
    expectRefusal(
      await join(group.id, dina),
      'groups.refused-by-crisis-policy',
      'group-residents-only',
    );
    expectRefusal(
      await join(group.id, egil),
      'groups.refused-by-crisis-policy',
      'group-residents-only',
    );
    expect(await membershipStatus(group.id, dina)).toBe(404);
    // Moving in: Rusfritt Hus is reduced, not closed, so it still takes residents.
    await post(nurse(), `/v1/services/${service('Rusfritt Hus')}/enrolments`, {
      clientId: dina,
      reason: 'Flytter inn',
    }).expect(201);
    await join(group.id, dina).expect(201);
    await grantException(egil, service('Rusfritt Hus'));
    await join(group.id, egil).expect(201);
  });

  it('stops a group at the level’s size, also in a cohort larger than it, and an exception does not lift the size', async () => {
    const created = await post(nurse(), '/v1/groups', {
      serviceId: service('Aktivitetsgruppene'),
      name: 'Gåtur i Fritidsparken',
      locationKind: 'outdoor',
      capacity: 20,
      schedule: [{ weekday: 'monday', startTime: '11:00', durationMinutes: 60, maxCohorts: 1 }],
    }).expect(201);
    const cohort = await post(nurse(), `/v1/groups/${created.body.id}/cohorts`, {
      slot: { weekday: 'monday', startTime: '11:00' },
      maxSize: 10,
    }).expect(201);
    walkGroup = { id: created.body.id, cohortId: cohort.body.id };
    const walkers = (['Frida', 'Geir', 'Hilde', 'Ivar', 'Jorunn'] as const).map(client);
    for (const walker of walkers) await join(walkGroup.id, walker).expect(201);
    const knut = client('Knut');
    expectRefusal(await join(walkGroup.id, knut), 'groups.refused-by-crisis-policy', 'group-size');
    await grantException(knut, service('Aktivitetsgruppene'));
    expectRefusal(await join(walkGroup.id, knut), 'groups.refused-by-crisis-policy', 'group-size');
    expect(await membershipStatus(walkGroup.id, knut)).toBe(404);
    const { body: members } = await get(nurse(), `/v1/groups/${walkGroup.id}/members`).expect(200);
    expect(members.items.map((member: { clientId: string }) => member.clientId).sort()).toEqual(
      [...walkers].sort(),
    );
  });

  it('refuses an office encounter the level does not allow, for its service or without one, and logs it with an exception', async () => {
    const laila = client('Laila');
    const followUp = service('Oppfølging/ruskonsulenter');
    expectRefusal(
      await officeEncounter(laila, followUp),
      'clients.refused-by-crisis-policy',
      'channel-not-allowed',
    );
    // Without a service, the level's rule for all services applies: no appointments in the premises.
    expectRefusal(
      await officeEncounter(laila, null),
      'clients.refused-by-crisis-policy',
      'channel-not-allowed',
    );
    expect(await encounters(laila)).toEqual([]);
    const phone = await post(nurse(), `/v1/clients/${laila}/encounters`, {
      occurredAt: '2026-11-23T09:30:00+01:00',
      channel: 'phone',
      outcome: 'attended',
      durationMinutes: 20,
      serviceId: followUp,
    }).expect(201);
    expect(phone.body).toMatchObject({ channel: 'phone', serviceId: followUp });
    await grantException(laila, followUp);
    const office = await officeEncounter(laila, followUp).expect(201);
    expect(office.body).toMatchObject({ channel: 'office', serviceId: followUp });
    expect((await encounters(laila)).map((e: { channel: string }) => e.channel).sort()).toEqual([
      'office',
      'phone',
    ]);
  });

  it('refuses a urine test for a requester the level does not name, and records it for a named one or with an exception', async () => {
    const oda = client('Oda'); // enrolled in UNG pluss
    expectRefusal(
      await urineTest(oda, 'self'),
      'services.refused-by-crisis-policy',
      'health-measure-requester',
    );
    expect(await healthMeasures(oda)).toEqual([]);
    const asked = await urineTest(oda, 'child-welfare').expect(201);
    expect(asked.body).toMatchObject({ code: 'urine-test', requestedBy: 'child-welfare' });
    await post(nurse(), `/v1/services/${service('UNG pluss')}/health-measures`, {
      clientId: oda,
      kind: 'test',
      code: 'hepatitis-c',
      result: 'pending',
    }).expect(201);
    await grantException(oda, service('UNG pluss'));
    await urineTest(oda, 'self').expect(201);
    expect(
      (await healthMeasures(oda))
        .map((m: { code: string; requestedBy: string | null }) => `${m.code} ${m.requestedBy}`)
        .sort(),
    ).toEqual(['hepatitis-c null', 'urine-test child-welfare', 'urine-test self']);
  });

  it('refuses a dispensing over the counter while only the hatch is allowed, and dispenses through the hatch or with an exception', async () => {
    const [arnes, bjorgs] = [prescription(0), prescription(1)];
    // Arne got today's dose over the counter before the crisis; Bjørg has not.
    expectRefusal(
      await dispense(bjorgs, 'counter'),
      'services.refused-by-crisis-policy',
      'dispensing-channel',
    );
    expect(await dispensings(bjorgs)).toEqual([]);
    expect(await dispensings(arnes)).toHaveLength(1);
    await grantException(client('Bjørg'), service('LAR-utdelingen'));
    const dispensed = await dispense(bjorgs, 'counter').expect(201);
    expect(dispensed.body.channel).toBe('counter');
  });

  it('dispenses through the hatch while red is in force', async () => {
    const created = await post(nurse(), '/v1/dispensing/prescriptions', {
      clientId: client('Cato'),
      serviceId: service('LAR-utdelingen'),
      medication: 'methadone',
      dailyDoseMg: 60,
      validFrom: '2026-11-01',
      validTo: '2027-01-31',
      prescriber: 'LAR-lege, TSB Telemark',
    }).expect(201);
    expectRefusal(
      await dispense(created.body.id, 'counter'),
      'services.refused-by-crisis-policy',
      'dispensing-channel',
    );
    await dispense(created.body.id, 'hatch').expect(201);
    expect(await dispensings(created.body.id)).toHaveLength(1);
  });

  it('back to normal, the same requests pass again for clients without exceptions', async () => {
    await changeLevel('normal');
    const magne = client('Magne');
    await enrolInAftercare(magne).expect(201);
    // Its one cohort is full by now (Arne before the crisis, Cato with an exception): open another.
    const ungGroup = skien.groups['UNG-prosjektet gruppe'].id;
    await post(nurse(), `/v1/groups/${ungGroup}/cohorts`, {
      slot: { weekday: 'monday', startTime: '17:30' },
      maxSize: 10,
    }).expect(201);
    await join(ungGroup, magne).expect(201);
    await join(skien.groups['Husmøtet på Rusfritt Hus'].id, magne).expect(201);
    await join(walkGroup.id, client('Knut')).expect(201);
    await officeEncounter(magne, service('Oppfølging/ruskonsulenter')).expect(201);
    await officeEncounter(magne, null).expect(201);
    await urineTest(client('Nils'), 'self').expect(201);
    const created = await post(nurse(), '/v1/dispensing/prescriptions', {
      clientId: client('Dina'),
      serviceId: service('LAR-utdelingen'),
      medication: 'buprenorphine',
      dailyDoseMg: 16,
      validFrom: '2026-11-01',
      validTo: null,
      prescriber: 'LAR-lege, TSB Telemark',
    }).expect(201);
    await dispense(created.body.id, 'counter').expect(201);
  });
});
