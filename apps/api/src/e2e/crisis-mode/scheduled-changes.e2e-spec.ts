import { ScheduledChangeWorker } from '@lavterskel/crisis-mode/nest';
import { fixedClock } from '@lavterskel/kernel';
import {
  buildCrisisMunicipality,
  type CrisisMunicipality,
} from '../../testing/crisis-municipality';
import { startTestApp, type TestApp } from '../../testing/test-app';

const GUIDELINE = { text: 'Regjeringen: nasjonale tiltak fra mandag', url: null };

/**
 * CR-2 "effective at a set time": the schedule lives in PostgreSQL, so a change fires once —
 * after the API that took it was restarted, and when two API processes look for it at once.
 */
describe('scheduled crisis level changes across restarts and processes', () => {
  const clock = fixedClock('2026-11-23T09:00:00Z');
  let first: TestApp;
  let skien: CrisisMunicipality;
  let planId: string;

  const as = (bearer: string) => ({ Authorization: bearer });
  const schedule = (api: TestApp, body: object) =>
    api
      .http()
      .post('/v1/crisis/scheduled-changes')
      .set(as(skien.bearer.coordinator))
      .send({ guideline: GUIDELINE, reason: 'Nasjonale tiltak', ...body });
  const history = async (api: TestApp) =>
    (await api.http().get('/v1/crisis/level-changes').set(as(skien.bearer.lead))).body.items;

  beforeAll(async () => {
    first = await startTestApp({ clock });
    skien = await buildCrisisMunicipality(first, { today: '2026-11-23' });
    const plan = await first
      .http()
      .post('/v1/crisis/plans/templates/skien-2020')
      .set(as(skien.bearer.coordinator))
      .send({ services: { ungProsjektet: skien.services['UNG-prosjektet'] } });
    expect(plan.status).toBe(201);
    planId = plan.body.plan.id;
  }, 120_000);

  afterAll(async () => {
    await first?.db.drop();
  });

  it('refuses a time in the past, naming the field', async () => {
    const past = await schedule(first, {
      level: 'red',
      planId,
      effectiveAt: '2026-11-23T08:00:00Z',
    });
    expect(past.status).toBe(400);
    expect(past.body.errors).toEqual([
      expect.objectContaining({ field: 'effectiveAt', rule: 'future' }),
    ]);
  });

  it('fires once after the API that took it was restarted', async () => {
    const scheduled = await schedule(first, {
      level: 'red',
      planId,
      effectiveAt: '2026-11-23T10:00:00Z',
    });
    expect(scheduled.status).toBe(201);
    expect(scheduled.body).toMatchObject({ status: 'pending', toLevel: 'red' });
    expect(await first.app.get(ScheduledChangeWorker).runDue()).toEqual({
      applied: [],
      failed: [],
    });
    await first.app.close();

    const restarted = await startTestApp({ clock, database: first.db });
    try {
      clock.set('2026-11-23T10:00:01Z');
      expect(await restarted.app.get(ScheduledChangeWorker).runDue()).toEqual({
        applied: [scheduled.body.id],
        failed: [],
      });
      expect(await restarted.app.get(ScheduledChangeWorker).runDue()).toEqual({
        applied: [],
        failed: [],
      });
      const changes = await history(restarted);
      expect(changes).toHaveLength(1);
      expect(changes[0]).toMatchObject({ toLevel: 'red', scheduledChangeId: scheduled.body.id });
      const level = await restarted.http().get('/v1/crisis/level').set(as(skien.bearer.nurse));
      expect(level.body.level).toBe('red');
      const listed = await restarted
        .http()
        .get('/v1/crisis/scheduled-changes')
        .set(as(skien.bearer.lead));
      expect(listed.body.items[0]).toMatchObject({
        status: 'applied',
        levelChangeId: changes[0].id,
      });
    } finally {
      await restarted.close();
    }
  }, 60_000);

  it('fires once when two API processes look for it at the same moment', async () => {
    const one = await startTestApp({ clock, database: first.db });
    const two = await startTestApp({ clock, database: first.db });
    try {
      const back = await schedule(one, { level: 'normal', effectiveAt: '2026-11-23T12:00:00Z' });
      expect(back.status).toBe(201);
      clock.set('2026-11-23T12:00:01Z');
      const runs = await Promise.all([
        one.app.get(ScheduledChangeWorker).runDue(),
        two.app.get(ScheduledChangeWorker).runDue(),
      ]);
      expect(runs.flatMap((run) => run.applied)).toEqual([back.body.id]);
      expect(runs.flatMap((run) => run.failed)).toEqual([]);
      const changes = await history(one);
      expect(changes.map((change: { toLevel: string }) => change.toLevel)).toEqual([
        'normal',
        'red',
      ]);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  }, 60_000);

  it('marks a change that cannot apply as failed, with the reason, and fires it no more', async () => {
    const api = await startTestApp({ clock, database: first.db });
    try {
      const wrong = await schedule(api, {
        level: 'purple',
        planId,
        effectiveAt: '2026-11-23T13:00:00Z',
      });
      expect(wrong.status).toBe(201);
      clock.set('2026-11-23T13:00:01Z');
      const worker = api.app.get(ScheduledChangeWorker);
      expect(await worker.runDue()).toEqual({ applied: [], failed: [wrong.body.id] });
      expect(await worker.runDue()).toEqual({ applied: [], failed: [] });
      const listed = await api
        .http()
        .get('/v1/crisis/scheduled-changes')
        .set(as(skien.bearer.lead));
      const entry = listed.body.items.find((item: { id: string }) => item.id === wrong.body.id);
      expect(entry).toMatchObject({
        status: 'failed',
        error: expect.stringContaining('crisis-mode.unknown-level'),
      });
      expect(
        (await api.http().get('/v1/crisis/level').set(as(skien.bearer.nurse))).body.level,
      ).toBe('normal');
    } finally {
      await api.close();
    }
  }, 60_000);
});
