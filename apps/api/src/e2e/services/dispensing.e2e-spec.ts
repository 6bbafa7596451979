import { randomUUID } from 'node:crypto';
import { fhirValidationErrors } from '@lavterskel/fhir-validator';
import {
  OSLO,
  SKIEN,
  TODAY,
  createTeamAndService,
  expectProblem,
  registerClient,
  startServicesApp,
  type ServicesTestApp,
} from './services-e2e';
import { statementsSentDuring } from '../clients/statements-sent';

describe('LAR dispensing (SV-4)', () => {
  let api: ServicesTestApp;
  let serviceId: string;
  let lead: string;
  let nurse: string;
  let outsider: string;
  let pharmacyId: string;

  beforeAll(async () => {
    api = await startServicesApp();
    let teamId: string;
    ({ serviceId, teamId, lead } = await createTeamAndService(api, {
      name: 'LAR-utdeling',
      requiredCompetencies: ['lar-dispensing'],
    }));
    nurse = await api.bearer({
      tenant: SKIEN,
      roles: ['staff'],
      teams: [teamId],
      subject: 'nurse-anne',
    });
    outsider = await api.bearer({
      tenant: SKIEN,
      roles: ['staff'],
      teams: [randomUUID()],
      subject: 'nurse-ola',
    });
    pharmacyId = (
      await api
        .http()
        .post('/v1/services/partners')
        .set('Authorization', lead)
        .send({ name: 'Apotek 1 Skien', kind: 'pharmacy' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => api.close());

  /** A client enrolled in the LAR service, with a prescription; returns their ids. */
  const larClient = async (prescription: Record<string, unknown> = {}) => {
    const clientId = await registerClient(api, nurse);
    await api
      .http()
      .post(`/v1/services/${serviceId}/enrolments`)
      .set('Authorization', nurse)
      .send({ clientId, reason: 'LAR' })
      .expect(201);
    const created = await api
      .http()
      .post('/v1/dispensing/prescriptions')
      .set('Authorization', nurse)
      .send({
        clientId,
        serviceId,
        medication: 'methadone',
        dailyDoseMg: 60,
        validFrom: '2026-11-01',
        validTo: '2026-12-31',
        prescriber: 'LAR physician, TSB Telemark',
        ...prescription,
      })
      .expect(201);
    return { clientId, prescriptionId: created.body.id as string };
  };
  const dispense = (
    prescriptionId: string,
    body: Record<string, unknown> = { channel: 'hatch' },
    token = nurse,
  ) =>
    api
      .http()
      .post(`/v1/dispensing/prescriptions/${prescriptionId}/dispensings`)
      .set('Authorization', token)
      .send(body);
  const liveRows = (prescriptionId: string) =>
    api.count('dispensing_event', 'prescription_id = $1 AND voided_at IS NULL', [prescriptionId]);

  describe('prescriptions', () => {
    it('registers a prescription for a client in care, and reads it back with its transfers', async () => {
      const { clientId, prescriptionId } = await larClient({ pharmacyId });
      const read = await api
        .http()
        .get(`/v1/dispensing/prescriptions/${prescriptionId}`)
        .set('Authorization', nurse)
        .expect(200);
      expect(read.body).toMatchObject({
        clientId,
        serviceId,
        medication: 'methadone',
        dailyDoseMg: 60,
        validFrom: '2026-11-01',
        validTo: '2026-12-31',
        place: { kind: 'pharmacy', pharmacyId },
        transfers: [],
      });
      const list = await api
        .http()
        .get(`/v1/dispensing/prescriptions?clientId=${clientId}`)
        .set('Authorization', nurse)
        .expect(200);
      expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([prescriptionId]);
      expect(
        (await api.auditRows({ resourceType: 'prescription', clientId }))
          .map((row) => row.action)
          .sort(),
      ).toEqual(['create', 'read', 'search']);
    });

    it('refuses a negative dose, an end before the start, an unknown service and a partner that is no pharmacy', async () => {
      const clientId = await registerClient(api, lead);
      const create = (body: Record<string, unknown>) =>
        api
          .http()
          .post('/v1/dispensing/prescriptions')
          .set('Authorization', nurse)
          .send({
            clientId,
            serviceId,
            medication: 'methadone',
            dailyDoseMg: 60,
            validFrom: '2026-11-01',
            prescriber: 'Dr. Berg',
            ...body,
          });
      expectProblem(
        (await create({ dailyDoseMg: -20, medication: 'heroin' }).expect(400)).body,
        'validation-failed',
        { field: 'dailyDoseMg', rule: 'isPositive' },
      );
      expectProblem(
        (await create({ validTo: '2026-10-01' }).expect(400)).body,
        'services.invalid-input',
        { field: 'validTo', rule: 'not-before-valid-from' },
      );
      expectProblem(
        (await create({ serviceId: randomUUID() }).expect(422)).body,
        'services.unknown-reference',
        { field: 'serviceId', rule: 'exists' },
      );
      const ngo = await api
        .http()
        .post('/v1/services/partners')
        .set('Authorization', lead)
        .send({ name: `NGO ${randomUUID().slice(0, 6)}`, kind: 'ngo' })
        .expect(201);
      expectProblem(
        (await create({ pharmacyId: ngo.body.id }).expect(422)).body,
        'services.unknown-reference',
        { field: 'place.pharmacyId' },
      );
      await create({}).expect(404); // no care relation to this client yet
      expect(await api.count('prescription', 'client_id = $1', [clientId])).toBe(0);
      const unknown = randomUUID();
      await create({ clientId: unknown })
        .set('X-Break-Glass-Reason', 'Client says they are registered here')
        .expect(404); // not in the client registry
      expect(await api.count('prescription', 'client_id = $1', [unknown])).toBe(0);
    });
  });

  describe('dispensing', () => {
    it('records the daily dose, once per Oslo day', async () => {
      const { clientId, prescriptionId } = await larClient();
      const first = await dispense(prescriptionId).expect(201);
      expect(first.body).toMatchObject({
        prescriptionId,
        clientId,
        day: TODAY,
        channel: 'hatch',
        doseMg: 60,
        dispensedBy: 'nurse-anne',
        voided: null,
      });
      const second = await dispense(prescriptionId, { channel: 'counter', doseMg: 30 }).expect(409);
      expect(second.headers['content-type']).toMatch(/^application\/problem\+json/);
      expectProblem(second.body, 'services.already-dispensed', {
        field: 'prescriptionId',
        rule: 'once-per-day',
      });
      expect(await api.auditRows({ resourceType: 'dispensing', clientId })).toEqual([
        expect.objectContaining({ action: 'create', resource_id: first.body.id }),
      ]);
    });

    it('gives exactly one 201 and 49 clean 409s for 50 parallel dispensings of one prescription, and the database holds one row', async () => {
      const { prescriptionId } = await larClient();
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          dispense(prescriptionId, { channel: i % 2 ? 'hatch' : 'counter' }),
        ),
      );
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 201)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(49);
      for (const conflict of responses.filter((response) => response.status === 409)) {
        expect(conflict.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(conflict.body).toMatchObject({ status: 409, code: 'services.already-dispensed' });
      }
      expect(await api.count('dispensing_event', 'prescription_id = $1', [prescriptionId])).toBe(1);
    });

    it('counts a dispensing by its Oslo day, not its UTC day', async () => {
      const { prescriptionId } = await larClient();
      const afterMidnight = await dispense(prescriptionId, {
        channel: 'counter',
        dispensedAt: '2026-11-23T00:30:00+01:00',
      }).expect(201);
      expect(afterMidnight.body.day).toBe('2026-11-23');
      const beforeMidnight = await dispense(prescriptionId, {
        channel: 'counter',
        dispensedAt: '2026-11-22T23:59:00+01:00',
      }).expect(201);
      expect(beforeMidnight.body.day).toBe('2026-11-22');
      await dispense(prescriptionId, {
        channel: 'counter',
        dispensedAt: '2026-11-23T08:00:00+01:00',
      }).expect(409);
    });

    it('refuses a day outside the prescription, a dose above the daily dose, a negative dose and the future; nothing is saved', async () => {
      const { prescriptionId } = await larClient({
        validFrom: '2026-11-10',
        validTo: '2026-11-20',
      });
      const outside = await dispense(prescriptionId, {
        channel: 'counter',
        dispensedAt: '2026-11-23T08:00:00+01:00',
      }).expect(422);
      expectProblem(outside.body, 'services.outside-prescription-period', {
        field: 'dispensedAt',
        rule: 'within-prescription-period',
      });
      expect(outside.body).toMatchObject({ validFrom: '2026-11-10', validTo: '2026-11-20' });
      const inside = { channel: 'counter', dispensedAt: '2026-11-15T08:00:00+01:00' };
      expectProblem(
        (await dispense(prescriptionId, { ...inside, doseMg: 80 }).expect(422)).body,
        'services.dose-exceeds-prescription',
        { field: 'doseMg' },
      );
      expectProblem(
        (await dispense(prescriptionId, { ...inside, doseMg: -5 }).expect(400)).body,
        'validation-failed',
        { field: 'doseMg', rule: 'isPositive' },
      );
      expectProblem(
        (await dispense(prescriptionId, { channel: 'drone' }).expect(400)).body,
        'validation-failed',
        { field: 'channel', rule: 'isIn' },
      );
      const future = await dispense(prescriptionId, {
        channel: 'counter',
        dispensedAt: '2026-11-24T08:00:00+01:00',
      }).expect(400);
      expectProblem(future.body, 'services.invalid-input', {
        field: 'dispensedAt',
        rule: 'not-in-future',
      });
      expect(await api.count('dispensing_event', 'prescription_id = $1', [prescriptionId])).toBe(0);
    });

    it('corrects a dispensing with a new event that voids the old one, never changing it in place', async () => {
      const { clientId, prescriptionId } = await larClient();
      const original = await dispense(prescriptionId, { channel: 'counter', doseMg: 60 }).expect(
        201,
      );
      const corrected = await api
        .http()
        .post(`/v1/dispensing/dispensings/${original.body.id}/correction`)
        .set('Authorization', nurse)
        .send({ reason: 'Gave 40 mg after vomiting, registered 60', doseMg: 40 })
        .expect(201);
      expect(corrected.body.voided).toMatchObject({
        id: original.body.id,
        doseMg: 60,
        voided: { by: 'nurse-anne', reason: 'Gave 40 mg after vomiting, registered 60' },
      });
      expect(corrected.body.correction).toMatchObject({
        doseMg: 40,
        day: TODAY,
        channel: 'counter',
        correctsEventId: original.body.id,
        voided: null,
      });

      const rows = await api.db.dataSource.query(
        'SELECT id, dose_mg::float AS dose, voided_at IS NOT NULL AS voided FROM services.dispensing_event WHERE prescription_id = $1 ORDER BY created_at, voided DESC',
        [prescriptionId],
      );
      expect(rows).toEqual(
        expect.arrayContaining([
          { id: original.body.id, dose: 60, voided: true },
          { id: corrected.body.correction.id, dose: 40, voided: false },
        ]),
      );
      const again = await api
        .http()
        .post(`/v1/dispensing/dispensings/${original.body.id}/correction`)
        .set('Authorization', nurse)
        .send({ reason: 'again' })
        .expect(409);
      expectProblem(again.body, 'services.dispensing-already-voided');
      const history = await api
        .http()
        .get(`/v1/dispensing/prescriptions/${prescriptionId}/dispensings`)
        .set('Authorization', nurse)
        .expect(200);
      expect(history.body.items).toHaveLength(2);
      expect(
        (await api.auditRows({ resourceType: 'dispensing', clientId }))
          .map((row) => row.action)
          .sort(),
      ).toEqual(['create', 'create', 'search', 'update']);
    });

    it('voids a dispensing registered by mistake, after which the dose can be recorded', async () => {
      const { prescriptionId } = await larClient();
      const wrong = await dispense(prescriptionId).expect(201);
      const voided = await api
        .http()
        .post(`/v1/dispensing/dispensings/${wrong.body.id}/void`)
        .set('Authorization', nurse)
        .send({ reason: 'Registered on the wrong client' })
        .expect(200);
      expect(voided.body.voided).toMatchObject({ reason: 'Registered on the wrong client' });
      await api
        .http()
        .post(`/v1/dispensing/dispensings/${wrong.body.id}/void`)
        .set('Authorization', nurse)
        .send({ reason: 'again' })
        .expect(409);
      await api
        .http()
        .post(`/v1/dispensing/dispensings/${wrong.body.id}/void`)
        .set('Authorization', nurse)
        .send({})
        .expect(400);
      await dispense(prescriptionId).expect(201);
      expect(await liveRows(prescriptionId)).toBe(1);
      expect(
        await api.auditRows({ resourceType: 'dispensing', resourceId: wrong.body.id }),
      ).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ action: 'update', reason: 'Registered on the wrong client' }),
        ]),
      );
    });

    it('exports a dispensing as a valid FHIR R4 MedicationDispense, entered-in-error once voided', async () => {
      const { clientId, prescriptionId } = await larClient({
        medication: 'buprenorphine-naloxone',
        dailyDoseMg: 16,
      });
      const event = await dispense(prescriptionId, { channel: 'home-delivery', doseMg: 16 }).expect(
        201,
      );
      const fhir = await api
        .http()
        .get(`/v1/dispensing/dispensings/${event.body.id}/fhir`)
        .set('Authorization', nurse)
        .expect(200);
      expect(fhir.headers['content-type']).toMatch(/^application\/fhir\+json/);
      expect(fhirValidationErrors(fhir.body)).toEqual([]);
      expect(fhir.body).toMatchObject({
        resourceType: 'MedicationDispense',
        id: event.body.id,
        status: 'completed',
        medicationCodeableConcept: {
          coding: [{ system: 'http://www.whocc.no/atc', code: 'N07BC51' }],
        },
        subject: { reference: `Patient/${clientId}` },
        quantity: { value: 16, code: 'mg', system: 'http://unitsofmeasure.org' },
        extension: [{ valueCode: 'home-delivery' }],
      });
      await api
        .http()
        .post(`/v1/dispensing/dispensings/${event.body.id}/void`)
        .set('Authorization', nurse)
        .send({ reason: 'Delivery failed, nobody home' })
        .expect(200);
      const voided = await api
        .http()
        .get(`/v1/dispensing/dispensings/${event.body.id}/fhir`)
        .set('Authorization', nurse)
        .expect(200);
      expect(fhirValidationErrors(voided.body)).toEqual([]);
      expect(voided.body.status).toBe('entered-in-error');
      expect(
        await api.auditRows({ resourceType: 'dispensing', resourceId: event.body.id }),
      ).toContainEqual(
        expect.objectContaining({
          action: 'export',
          reason: 'FHIR MedicationDispense',
          client_id: clientId,
        }),
      );
    });
  });

  describe('temporary transfer from a pharmacy and the daily list', () => {
    it('moves a pharmacy client to the centre list until the end date, and lists who is due, dispensed and missing', async () => {
      const pharmacyClient = await larClient({ pharmacyId });
      const centreClient = await larClient();
      const dispensedClient = await larClient();
      await dispense(dispensedClient.prescriptionId).expect(201);

      const transfer = await api
        .http()
        .post(`/v1/dispensing/prescriptions/${pharmacyClient.prescriptionId}/transfers`)
        .set('Authorization', nurse)
        .send({
          from: TODAY,
          until: '2026-11-29',
          reason: 'Pharmacy closed LAR dispensing during the outbreak',
        })
        .expect(201);
      expect(transfer.body).toMatchObject({ from: TODAY, until: '2026-11-29' });
      expect(
        await api.auditRows({
          resourceType: 'prescription',
          resourceId: pharmacyClient.prescriptionId,
        }),
      ).toContainEqual(
        expect.objectContaining({ action: 'update', client_id: pharmacyClient.clientId }),
      );

      const list = (date: string, pharmacy?: string) =>
        api
          .http()
          .get(
            `/v1/dispensing/daily-list?serviceId=${serviceId}&date=${date}${pharmacy ? `&pharmacyId=${pharmacy}` : ''}`,
          )
          .set('Authorization', nurse)
          .expect(200);
      const centre = await list(TODAY);
      const ids = (entries: { prescriptionId: string }[]) =>
        entries.map((entry) => entry.prescriptionId);
      expect(ids(centre.body.missing)).toEqual(
        expect.arrayContaining([pharmacyClient.prescriptionId, centreClient.prescriptionId]),
      );
      expect(ids(centre.body.dispensed)).toContain(dispensedClient.prescriptionId);
      expect(centre.body.counts.due).toBe(
        centre.body.counts.dispensed + centre.body.counts.missing,
      );
      expect(centre.body.place).toEqual({ kind: 'centre', pharmacyId: null });

      expect(ids((await list(TODAY, pharmacyId)).body.missing)).not.toContain(
        pharmacyClient.prescriptionId,
      );
      expect(ids((await list('2026-11-30', pharmacyId)).body.missing)).toContain(
        pharmacyClient.prescriptionId,
      );
      expect(ids((await list('2026-11-30')).body.missing)).not.toContain(
        pharmacyClient.prescriptionId,
      );
      expect(
        await api.auditRows({ resourceType: 'dispensing-list', resourceId: serviceId }),
      ).toContainEqual(
        expect.objectContaining({ action: 'search', reason: `daily list ${TODAY}` }),
      );
    });

    it('refuses overlapping transfers, transfers of centre prescriptions and transfers outside the prescription', async () => {
      const atPharmacy = await larClient({ pharmacyId, validTo: '2026-12-15' });
      const transfer = (prescriptionId: string, body: Record<string, unknown>) =>
        api
          .http()
          .post(`/v1/dispensing/prescriptions/${prescriptionId}/transfers`)
          .set('Authorization', nurse)
          .send({ reason: 'Pharmacy closed', ...body });
      await transfer(atPharmacy.prescriptionId, { from: '2026-11-23', until: '2026-11-29' }).expect(
        201,
      );
      expectProblem(
        (
          await transfer(atPharmacy.prescriptionId, {
            from: '2026-11-29',
            until: '2026-12-05',
          }).expect(409)
        ).body,
        'services.transfer-overlaps',
        {
          field: 'from',
          rule: 'no-overlap',
        },
      );
      expectProblem(
        (
          await transfer(atPharmacy.prescriptionId, {
            from: '2026-12-10',
            until: '2026-12-20',
          }).expect(422)
        ).body,
        'services.transfer-not-allowed',
        {
          rule: 'within-prescription-period',
        },
      );
      expectProblem(
        (
          await transfer(atPharmacy.prescriptionId, {
            from: '2026-12-05',
            until: '2026-12-01',
          }).expect(400)
        ).body,
        'services.invalid-input',
        {
          field: 'until',
        },
      );
      const atCentre = await larClient();
      expectProblem(
        (
          await transfer(atCentre.prescriptionId, {
            from: '2026-11-23',
            until: '2026-11-29',
          }).expect(422)
        ).body,
        'services.transfer-not-allowed',
        {
          rule: 'dispensed-at-pharmacy',
        },
      );
      expect(
        await api.count('prescription_transfer', 'prescription_id = $1', [
          atPharmacy.prescriptionId,
        ]),
      ).toBe(1);
    });

    it('shows the daily list to the service team only, or with a break-glass reason', async () => {
      await api
        .http()
        .get(`/v1/dispensing/daily-list?serviceId=${serviceId}&date=${TODAY}`)
        .set('Authorization', outsider)
        .expect(404);
      await api
        .http()
        .get(`/v1/dispensing/daily-list?serviceId=${serviceId}&date=${TODAY}`)
        .set('Authorization', outsider)
        .set('X-Break-Glass-Reason', 'Covering the hatch, regular staff quarantined')
        .expect(200);
      const unknownPharmacy = await api
        .http()
        .get(
          `/v1/dispensing/daily-list?serviceId=${serviceId}&date=${TODAY}&pharmacyId=${randomUUID()}`,
        )
        .set('Authorization', nurse)
        .expect(422);
      expectProblem(unknownPharmacy.body, 'services.unknown-reference', { field: 'pharmacyId' });
      await api
        .http()
        .get(`/v1/dispensing/daily-list?serviceId=${serviceId}`)
        .set('Authorization', nurse)
        .expect(400);
    });
  });

  describe('need-to-know and tenancy', () => {
    it('answers 404 to staff without a care relation, unless they break the glass', async () => {
      const { clientId, prescriptionId } = await larClient();
      await api
        .http()
        .get(`/v1/dispensing/prescriptions/${prescriptionId}`)
        .set('Authorization', outsider)
        .expect(404);
      await api
        .http()
        .get(`/v1/dispensing/prescriptions?clientId=${clientId}`)
        .set('Authorization', outsider)
        .expect(404);
      await dispense(prescriptionId, { channel: 'hatch' }, outsider).expect(404);
      const event = await dispense(prescriptionId).expect(201);
      await api
        .http()
        .get(`/v1/dispensing/dispensings/${event.body.id}/fhir`)
        .set('Authorization', outsider)
        .expect(404);
      await api
        .http()
        .post(`/v1/dispensing/dispensings/${event.body.id}/void`)
        .set('Authorization', outsider)
        .send({ reason: 'x' })
        .expect(404);
      await api
        .http()
        .get(`/v1/dispensing/prescriptions/${prescriptionId}`)
        .set('Authorization', outsider)
        .set('X-Break-Glass-Reason', 'Client at the emergency room, dose unclear')
        .expect(200);
      // The registration (create) and the one break-glass, in either order: the clock is fixed.
      const audit = await api.auditRows({ resourceType: 'client', clientId });
      expect(audit.map((row) => `${row.action}:${row.actor_subject}`).sort()).toEqual([
        'break-glass:nurse-ola',
        'create:nurse-anne',
      ]);
    });

    it('reads the prescription and the care relation in one statement, and opens it to others only on a reason', async () => {
      const { clientId, prescriptionId } = await larClient();
      const sent = await statementsSentDuring(() => dispense(prescriptionId).expect(201));
      expect(sent.filter((text) => text.startsWith('services.prescription-in-care:'))).toHaveLength(
        1,
      );
      expect(sent.filter((text) => text.startsWith('care-relations:'))).toEqual([]);

      const other = await larClient();
      await dispense(other.prescriptionId, { channel: 'hatch' }, outsider).expect(404);
      expect(await liveRows(other.prescriptionId)).toBe(0);
      await api
        .http()
        .post(`/v1/dispensing/prescriptions/${other.prescriptionId}/dispensings`)
        .set('Authorization', outsider)
        .set('X-Break-Glass-Reason', 'Covering the hatch, the LAR nurse is ill')
        .send({ channel: 'hatch' })
        .expect(201);
      expect(await liveRows(other.prescriptionId)).toBe(1);
      const audit = await api.auditRows({ resourceType: 'client', clientId: other.clientId });
      expect(audit.map((row) => `${row.action}:${row.actor_subject}`)).toContain(
        'break-glass:nurse-ola',
      );
      expect(
        (await api.auditRows({ resourceType: 'dispensing', clientId })).map((row) => row.action),
      ).toEqual(['create']);
    });

    it("never shows one municipality's prescriptions or dispensings to another", async () => {
      const { prescriptionId } = await larClient();
      const event = await dispense(prescriptionId).expect(201);
      const oslo = await api.bearer({ tenant: OSLO, roles: ['staff'], subject: 'nurse-anne' });
      await api
        .http()
        .get(`/v1/dispensing/prescriptions/${prescriptionId}`)
        .set('Authorization', oslo)
        .set('X-Break-Glass-Reason', 'Looking for a Skien client')
        .expect(404);
      await api
        .http()
        .get(`/v1/dispensing/dispensings/${event.body.id}/fhir`)
        .set('Authorization', oslo)
        .set('X-Break-Glass-Reason', 'Looking for a Skien client')
        .expect(404);
      await api
        .http()
        .post(`/v1/dispensing/prescriptions/${prescriptionId}/dispensings`)
        .set('Authorization', oslo)
        .send({ channel: 'hatch' })
        .expect(404);
    });

    it('is for care staff only', async () => {
      const coordinator = await api.bearer({ tenant: SKIEN, roles: ['crisis-coordinator'] });
      await api
        .http()
        .get(`/v1/dispensing/daily-list?serviceId=${serviceId}&date=${TODAY}`)
        .set('Authorization', coordinator)
        .expect(403);
      await dispense(randomUUID(), { channel: 'hatch' }, coordinator).expect(403);
    });
  });
});
