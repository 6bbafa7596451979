import { randomUUID } from 'node:crypto';
import { fhirValidationErrors } from '@lavterskel/fhir-validator';
import { fixedClock } from '@lavterskel/kernel';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { OSLO, SKIEN, auditRows, bearer, registerClient } from '../clients/clients-fixtures';

const TASKS = '/v1/crisis/tasks';

describe('follow-up tasks (CR-3) over HTTP', () => {
  const clock = fixedClock('2026-11-23T09:00:00Z');
  const teamA = randomUUID();
  const teamB = randomUUID();
  let api: TestApp;
  let anne: string;
  let ola: string;
  let leadB: string;
  let coordinator: string;
  let osloAnne: string;
  let officer: string;

  beforeAll(async () => {
    api = await startTestApp({ clock });
    const token = (subject: string, roles: string[], teams: string[], tenant = SKIEN) =>
      api.token({ tenant, roles, teams, subject });
    anne = await token('nurse-anne', ['staff'], [teamA]);
    ola = await token('nurse-ola', ['staff'], [teamB]);
    leadB = await token('lead-berit', ['team-lead'], [teamB]);
    coordinator = await token('coord-kari', ['crisis-coordinator'], []);
    osloAnne = await token('nurse-anne', ['staff'], [teamA], OSLO);
    officer = await token('officer-per', ['privacy-officer'], []);
  });
  afterAll(() => api.close());

  /** A client registered by Anne, who becomes the primary contact: her care relation. */
  async function annesClient(): Promise<string> {
    return (await registerClient(api, anne)).id;
  }

  function create(token: string, body: Record<string, unknown>, key?: string) {
    const request = api.http().post(TASKS).set(bearer(token));
    if (key) request.set('Idempotency-Key', key);
    return request.send({
      kind: 'phone-follow-up',
      description: 'Ring klienten: Rusfritt Hus er stengt for oppmøte.',
      priority: 'urgent',
      due: '2026-11-24',
      ...body,
    });
  }

  const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

  it('creates a task by hand that is listed in mine, with an ETag, audited with the client', async () => {
    const clientId = await annesClient();
    const created = await create(anne, { clientId }).expect(201);

    expect(created.headers.etag).toBe('"1"');
    expect(created.headers.location).toBe(`${TASKS}/${created.body.id}`);
    expect(created.body).toMatchObject({
      kind: 'phone-follow-up',
      clientId,
      priority: 'urgent',
      due: '2026-11-24',
      assignee: { kind: 'staff', subject: 'nurse-anne', teamId: null },
      status: 'open',
      outcome: null,
      levelChangeId: null,
      createdBy: 'nurse-anne',
      createdAt: '2026-11-23T09:00:00.000Z',
      version: 1,
    });

    const mine = await api.http().get(`${TASKS}/mine`).set(bearer(anne)).expect(200);
    expect(ids(mine.body)).toContain(created.body.id);
    const read = await api.http().get(`${TASKS}/${created.body.id}`).set(bearer(anne)).expect(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body).toEqual(created.body);

    // The clock is fixed, so rows of one instant come in no particular order.
    const rows = await auditRows(api, { clientId, resourceType: 'follow-up-task' });
    expect(
      rows.map((row) => `${row.action} ${row.actor_subject} ${row.resource_id}`).sort(),
    ).toEqual([
      `create nurse-anne ${created.body.id}`,
      `read nurse-anne ${created.body.id}`,
      'search nurse-anne null',
    ]);
  });

  it('answers another team’s staff 404 on the task and leaves it out of their lists; the coordinator sees it', async () => {
    const clientId = await annesClient();
    const task = (await create(anne, { clientId }).expect(201)).body;

    for (const path of [`${TASKS}/${task.id}`, `${TASKS}/${task.id}/fhir`]) {
      const response = await api.http().get(path).set(bearer(ola)).expect(404);
      expect(response.body.code).toBe('not-found');
    }
    await api
      .http()
      .post(`${TASKS}/${task.id}/complete`)
      .set(bearer(ola))
      .set('If-Match', '"1"')
      .send({ outcome: 'Not mine' })
      .expect(404);
    await api.http().get(`${TASKS}/${task.id}`).set(bearer(osloAnne)).expect(404);

    const olasMine = await api.http().get(`${TASKS}/mine`).set(bearer(ola)).expect(200);
    const olasList = await api
      .http()
      .get(`${TASKS}?clientId=${clientId}`)
      .set(bearer(ola))
      .expect(200);
    expect(ids(olasMine.body)).not.toContain(task.id);
    expect(olasList.body.items).toEqual([]);
    const coordinatorList = await api
      .http()
      .get(`${TASKS}?clientId=${clientId}`)
      .set(bearer(coordinator))
      .expect(200);
    expect(ids(coordinatorList.body)).toEqual([task.id]);

    // Ola cannot create a task about a client he does not serve: the client is "missing".
    const refused = await create(ola, { clientId }).expect(404);
    expect(refused.body.code).toBe('not-found');
    const stillOne = await api
      .http()
      .get(`${TASKS}?clientId=${clientId}`)
      .set(bearer(coordinator))
      .expect(200);
    expect(ids(stillOne.body)).toEqual([task.id]);
  });

  it('completes with If-Match only: 428 without, 412 stale; a second completion is 409 and the first outcome stays', async () => {
    const clientId = await annesClient();
    const task = (await create(anne, { clientId }).expect(201)).body;
    const complete = (outcome: string) =>
      api.http().post(`${TASKS}/${task.id}/complete`).set(bearer(anne)).send({ outcome });

    const missing = await complete('Reached').expect(428);
    expect(missing.body.code).toBe('kernel.precondition-required');
    const stale = await complete('Reached').set('If-Match', '"7"').expect(412);
    expect(stale.body.code).toBe('kernel.concurrent-modification');

    clock.set('2026-11-23T11:15:00Z');
    const done = await complete('Nådd på telefon; har medisiner for en uke.')
      .set('If-Match', '"1"')
      .expect(200);
    expect(done.headers.etag).toBe('"2"');
    expect(done.body).toMatchObject({
      status: 'done',
      outcome: 'Nådd på telefon; har medisiner for en uke.',
      closedBy: 'nurse-anne',
      closedAt: '2026-11-23T11:15:00.000Z',
      version: 2,
    });

    for (const etag of ['"2"', '"1"']) {
      const again = await complete('Second try').set('If-Match', etag).expect(409);
      expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(again.body.code).toBe('crisis-mode.task-closed');
    }
    const cancelDone = await api
      .http()
      .post(`${TASKS}/${task.id}/cancel`)
      .set(bearer(anne))
      .set('If-Match', '"2"')
      .send({ reason: 'Too late' })
      .expect(409);
    expect(cancelDone.body.code).toBe('crisis-mode.task-closed');

    const after = await api.http().get(`${TASKS}/${task.id}`).set(bearer(anne)).expect(200);
    expect(after.body).toMatchObject({
      status: 'done',
      outcome: 'Nådd på telefon; har medisiner for en uke.',
      version: 2,
    });
    const openMine = await api.http().get(`${TASKS}/mine`).set(bearer(anne)).expect(200);
    expect(ids(openMine.body)).not.toContain(task.id);
    const doneMine = await api
      .http()
      .get(`${TASKS}/mine?status=done`)
      .set(bearer(anne))
      .expect(200);
    expect(ids(doneMine.body)).toContain(task.id);

    const updates = await auditRows(api, { clientId, resourceType: 'follow-up-task' });
    expect(updates.filter((row) => row.action === 'update')).toHaveLength(1);
    clock.set('2026-11-23T09:00:00Z');
  });

  it('lets only one of two simultaneous completions win; the other changes nothing', async () => {
    const clientId = await annesClient();
    const task = (await create(anne, { clientId }).expect(201)).body;
    const complete = (outcome: string) =>
      api
        .http()
        .post(`${TASKS}/${task.id}/complete`)
        .set(bearer(anne))
        .set('If-Match', '"1"')
        .send({ outcome });

    const answers = await Promise.all([complete('First writer'), complete('Second writer')]);

    const winners = answers.filter((answer) => answer.status === 200);
    const losers = answers.filter((answer) => answer.status !== 200);
    expect(winners).toHaveLength(1);
    // The loser read version 1 and lost the conditional UPDATE (412), or read the done task (409).
    expect([409, 412]).toContain(losers[0]?.status);
    const after = await api.http().get(`${TASKS}/${task.id}`).set(bearer(anne)).expect(200);
    expect(after.body).toMatchObject({ outcome: winners[0]?.body.outcome, version: 2 });
  });

  it('exports a valid FHIR R4 Task, audited as an export', async () => {
    const clientId = await annesClient();
    const task = (await create(anne, { clientId, priority: 'asap' }).expect(201)).body;
    await api
      .http()
      .post(`${TASKS}/${task.id}/complete`)
      .set(bearer(anne))
      .set('If-Match', '"1"')
      .send({ outcome: 'Nådd på telefon.' })
      .expect(200);

    const exported = await api.http().get(`${TASKS}/${task.id}/fhir`).set(bearer(anne)).expect(200);

    expect(exported.headers['content-type']).toMatch(/^application\/fhir\+json/);
    expect(fhirValidationErrors(exported.body)).toEqual([]);
    expect(exported.body).toMatchObject({
      resourceType: 'Task',
      id: task.id,
      status: 'completed',
      intent: 'order',
      priority: 'asap',
      code: { text: 'phone-follow-up' },
      for: { reference: `Patient/${clientId}` },
      owner: { reference: 'Practitioner/nurse-anne' },
      restriction: { period: { end: '2026-11-24' } },
      output: [{ valueString: 'Nådd på telefon.' }],
    });
    const rows = await auditRows(api, { clientId, resourceType: 'follow-up-task' });
    expect(rows.find((row) => row.action === 'export')).toMatchObject({
      action: 'export',
      resource_id: task.id,
      reason: 'FHIR Task',
    });
  });

  it('lists a team’s tasks for its team lead, refuses another team as 404, and reassigns and cancels', async () => {
    const clientId = await annesClient();
    const task = (
      await create(anne, { clientId, assignee: { kind: 'team', teamId: teamB } }).expect(201)
    ).body;

    const teamList = await api
      .http()
      .get(`${TASKS}?teamId=${teamB}&status=open`)
      .set(bearer(leadB))
      .expect(200);
    expect(ids(teamList.body)).toEqual([task.id]);
    const otherTeam = await api
      .http()
      .get(`${TASKS}?teamId=${teamA}`)
      .set(bearer(leadB))
      .expect(404);
    expect(otherTeam.body.code).toBe('not-found');
    await api.http().get(`${TASKS}?teamId=${teamB}`).set(bearer(ola)).expect(404);
    const olasMine = await api.http().get(`${TASKS}/mine`).set(bearer(ola)).expect(200);
    expect(ids(olasMine.body)).toContain(task.id);

    const reassigned = await api
      .http()
      .post(`${TASKS}/${task.id}/reassign`)
      .set(bearer(ola))
      .set('If-Match', '"1"')
      .send({ assignee: { kind: 'staff', subject: 'nurse-ola' } })
      .expect(200);
    expect(reassigned.headers.etag).toBe('"2"');
    expect(reassigned.body.assignee).toEqual({ kind: 'staff', subject: 'nurse-ola', teamId: null });
    const teamAfter = await api
      .http()
      .get(`${TASKS}?teamId=${teamB}`)
      .set(bearer(leadB))
      .expect(200);
    expect(teamAfter.body.items).toEqual([]);

    const cancelled = await api
      .http()
      .post(`${TASKS}/${task.id}/cancel`)
      .set(bearer(coordinator))
      .set('If-Match', '"2"')
      .send({ reason: 'Klienten er innlagt.' })
      .expect(200);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      outcome: 'Klienten er innlagt.',
      version: 3,
    });
  });

  it('refuses bad input with 400 naming each field, saving nothing', async () => {
    const clientId = await annesClient();
    const bad = await create(anne, {
      clientId,
      kind: 'visit',
      priority: 'high',
      due: 'tomorrow',
      assignee: { kind: 'team', teamId: 'lar' },
      tenant: OSLO,
    }).expect(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'kind' }),
        expect.objectContaining({ field: 'priority' }),
        expect.objectContaining({ field: 'due' }),
        expect.objectContaining({ field: 'assignee.teamId' }),
        expect.objectContaining({ field: 'tenant', rule: 'unknown-property' }),
      ]),
    );
    const past = await create(anne, { clientId, due: '2026-11-22' }).expect(400);
    expect(past.body).toMatchObject({
      code: 'crisis-mode.invalid-input',
      errors: [expect.objectContaining({ field: 'due', rule: 'not-in-past' })],
    });
    const badQuery = await api
      .http()
      .get(`${TASKS}?kind=visit&teamId=x`)
      .set(bearer(anne))
      .expect(400);
    expect(badQuery.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'kind',
      'teamId',
    ]);
    const list = await api
      .http()
      .get(`${TASKS}?clientId=${clientId}`)
      .set(bearer(coordinator))
      .expect(200);
    expect(list.body.items).toEqual([]);

    const task = (await create(anne, { clientId }).expect(201)).body;
    const noAssignee = await api
      .http()
      .post(`${TASKS}/${task.id}/reassign`)
      .set(bearer(anne))
      .set('If-Match', '"1"')
      .send({})
      .expect(400);
    expect(noAssignee.body.errors).toEqual([expect.objectContaining({ field: 'assignee' })]);
    const blank = await api
      .http()
      .post(`${TASKS}/${task.id}/complete`)
      .set(bearer(anne))
      .set('If-Match', '"1"')
      .send({ outcome: '   ' })
      .expect(400);
    expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'outcome' })]);
    const unchanged = await api.http().get(`${TASKS}/${task.id}`).set(bearer(anne)).expect(200);
    expect(unchanged.body).toMatchObject({ status: 'open', version: 1 });
  });

  it('replays a create retried with the same Idempotency-Key', async () => {
    const clientId = await annesClient();
    const key = randomUUID();
    const first = await create(anne, { clientId }, key).expect(201);
    const retry = await create(anne, { clientId }, key).expect(201);
    expect(retry.body.id).toBe(first.body.id);
    const list = await api
      .http()
      .get(`${TASKS}?clientId=${clientId}`)
      .set(bearer(coordinator))
      .expect(200);
    expect(ids(list.body)).toEqual([first.body.id]);
  });

  it('shows the task accesses in the client’s audit trail to a privacy officer', async () => {
    const clientId = await annesClient();
    const task = (await create(anne, { clientId }).expect(201)).body;
    await api.http().get(`${TASKS}/${task.id}`).set(bearer(anne)).expect(200);
    await api.http().get(`${TASKS}?clientId=${clientId}`).set(bearer(coordinator)).expect(200);

    const trail = await api
      .http()
      .get(`/v1/audit-events?clientId=${clientId}`)
      .set(bearer(officer))
      .expect(200);
    const taskEvents = trail.body.items
      .filter((event: { resourceType: string }) => event.resourceType === 'follow-up-task')
      .map(
        (event: { action: string; actorSubject: string }) =>
          `${event.action} ${event.actorSubject}`,
      );
    expect(taskEvents.sort()).toEqual([
      'create nurse-anne',
      'read nurse-anne',
      'search coord-kari',
    ]);
  });
});
