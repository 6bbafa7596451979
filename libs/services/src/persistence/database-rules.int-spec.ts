import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { newId } from '@lavterskel/kernel';
import { kernelPersistence } from '@lavterskel/kernel/typeorm';
import type { DispensingEvent } from '../domain/dispensing/dispensing-event';
import { ServicesErrorCode } from '../domain/services-error';
import { LAR_TEAM, aPrescription, aService } from '../domain/testing/builders';
import { SKIEN } from '../domain/testing/kernel-fakes';
import { servicesPersistence } from './services-persistence';
import { typeOrmServicesRepositories, type ServicesRepositories } from './services-repositories';

/** The rules the database itself keeps, whoever writes: not only this library's use cases. */
describe('database rules of the services schema (real PostgreSQL)', () => {
  let db: TestDatabase;
  let repositories: ServicesRepositories;
  const service = aService();

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: [...kernelPersistence.entities, ...servicesPersistence.entities],
      migrations: [...kernelPersistence.migrations, ...servicesPersistence.migrations],
    });
    repositories = typeOrmServicesRepositories(() => db.dataSource.manager);
    await repositories.teams.insert({
      id: LAR_TEAM,
      tenantId: SKIEN,
      name: 'LAR',
      createdAt: new Date(),
    });
    await repositories.services.insert(service);
  });
  afterAll(() => db.drop());

  const prescriptionWithEvent = async () => {
    const prescription = aPrescription({ serviceId: service.id });
    await repositories.prescriptions.insert(prescription);
    const event: DispensingEvent = {
      id: newId(),
      tenantId: SKIEN,
      prescriptionId: prescription.id,
      clientId: prescription.clientId,
      day: '2026-11-23',
      dispensedAt: new Date('2026-11-22T23:30:00Z'),
      channel: 'hatch',
      doseMg: 60,
      dispensedBy: 'nurse-anne',
      correctsEventId: null,
      voided: null,
      createdAt: new Date('2026-11-22T23:30:00Z'),
    };
    await repositories.dispensings.insert(event);
    return event;
  };

  it('keeps one live dispensing per prescription and Oslo day, and maps a second to services.already-dispensed', async () => {
    const event = await prescriptionWithEvent();
    await expect(
      repositories.dispensings.insert({
        ...event,
        id: newId(),
        dispensedAt: new Date('2026-11-23T12:00:00Z'),
      }),
    ).rejects.toMatchObject({
      code: ServicesErrorCode.AlreadyDispensed,
    });
    expect(
      await repositories.dispensings.void(SKIEN, event.id, {
        at: new Date(),
        by: 'nurse-anne',
        reason: 'Wrong client',
      }),
    ).toBe(true);
    await repositories.dispensings.insert({ ...event, id: newId(), correctsEventId: event.id });
    expect(
      await repositories.dispensings.liveOnDay(SKIEN, [event.prescriptionId], '2026-11-23'),
    ).toHaveLength(1);
  });

  it('refuses a dispensing day that is not the Oslo day of the dispensing', async () => {
    const event = await prescriptionWithEvent();
    await expect(
      repositories.dispensings.insert({
        ...event,
        id: newId(),
        day: '2026-11-22',
        dispensedAt: new Date('2026-11-22T23:30:00Z'),
      }),
    ).rejects.toThrow(/dispensing_event_oslo_day_check/);
  });

  it('never changes a dispensing in place, never voids it twice and never deletes it', async () => {
    const event = await prescriptionWithEvent();
    const sql = (statement: string) => db.dataSource.query(statement, [event.id]);
    await expect(
      sql('UPDATE services.dispensing_event SET dose_mg = 30 WHERE id = $1'),
    ).rejects.toThrow(/never changed in place/);
    await expect(sql('DELETE FROM services.dispensing_event WHERE id = $1')).rejects.toThrow(
      /never deleted/,
    );
    await sql(
      `UPDATE services.dispensing_event SET voided_at = now(), voided_by = 'nurse', void_reason = 'Wrong client' WHERE id = $1`,
    );
    await expect(
      sql(`UPDATE services.dispensing_event SET void_reason = 'Another reason' WHERE id = $1`),
    ).rejects.toThrow(/never changed in place/);
  });

  it('keeps the mode history append-only', async () => {
    await repositories.services.insertModeChange({
      id: newId(),
      tenantId: SKIEN,
      serviceId: service.id,
      fromMode: 'open',
      toMode: 'closed',
      reason: 'Outbreak',
      changedBy: 'coordinator-kari',
      changedAt: new Date(),
    });
    await expect(
      db.dataSource.query(`UPDATE services.service_mode_change SET reason = 'Nothing happened'`),
    ).rejects.toThrow(/append-only/);
    await expect(db.dataSource.query('DELETE FROM services.service_mode_change')).rejects.toThrow(
      /append-only/,
    );
  });

  it('refuses a mission with fewer than two staff when two are required', async () => {
    const mission = {
      id: newId(),
      tenantId: SKIEN,
      serviceId: service.id,
      requestId: null,
      clientId: newId(),
      plannedAt: new Date(),
      location: 'Bølevegen 12',
      staffIds: [newId()],
      twoStaffRequired: true,
      status: 'planned' as const,
      outcome: null,
      createdBy: 'nurse-anne',
      version: 1,
    };
    await expect(repositories.outreach.insertMission(mission)).rejects.toThrow(
      /mission_two_staff_check/,
    );
    await repositories.outreach.insertMission({ ...mission, staffIds: [newId(), newId()] });
  });

  it('keeps one open enrolment per client and service, and maps a second to services.already-enrolled', async () => {
    const enrolment = {
      id: newId(),
      tenantId: SKIEN,
      clientId: newId(),
      serviceId: service.id,
      startedOn: '2026-11-01',
      endedOn: null,
      reason: 'LAR',
      endReason: null,
      createdBy: 'nurse-anne',
      createdAt: new Date(),
      version: 1,
    };
    await repositories.enrolments.insert(enrolment);
    await expect(
      repositories.enrolments.insert({ ...enrolment, id: newId() }),
    ).rejects.toMatchObject({ code: ServicesErrorCode.AlreadyEnrolled });
    await repositories.enrolments.insert({
      ...enrolment,
      id: newId(),
      startedOn: '2025-01-01',
      endedOn: '2025-06-30',
    });
  });

  it("finds, in one query, which of a list of clients are enrolled that day in a service of the actor's teams", async () => {
    const enrolled = newId();
    const ended = newId();
    const stranger = newId();
    const base = {
      tenantId: SKIEN,
      serviceId: service.id,
      reason: 'LAR',
      endReason: null,
      createdBy: 'nurse-anne',
      createdAt: new Date(),
      version: 1,
    };
    await repositories.enrolments.insert({
      ...base,
      id: newId(),
      clientId: enrolled,
      startedOn: '2026-11-01',
      endedOn: null,
    });
    await repositories.enrolments.insert({
      ...base,
      id: newId(),
      clientId: ended,
      startedOn: '2026-01-01',
      endedOn: '2026-06-30',
    });
    const among = (teamIds: string[], tenantId = SKIEN) =>
      repositories.enrolments.enrolledInTeamsServices({
        tenantId,
        clientIds: [enrolled, ended, stranger],
        teamIds,
        day: '2026-11-23',
      });
    expect(await among([LAR_TEAM])).toEqual([enrolled]);
    expect(await among([newId()])).toEqual([]);
    expect(await among([LAR_TEAM], '0301' as typeof SKIEN)).toEqual([]);
  });
});
