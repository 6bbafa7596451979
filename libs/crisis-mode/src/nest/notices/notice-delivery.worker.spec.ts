import { Logger } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { ClsService } from 'nestjs-cls';
import { TenantScope } from '@lavterskel/kernel/nest';
import { CreateNoticeReminders } from '../../domain/notices/create-notice-reminders.use-case';
import { DeliverDueNotices } from '../../domain/notices/deliver-due-notices.use-case';
import { PublishNotice } from '../../domain/notices/publish-notice.use-case';
import { RegisterWebhookEndpoint } from '../../domain/notices/register-webhook-endpoint.use-case';
import {
  InMemoryTasks,
  aService,
  anActor,
  noticesTestPorts,
} from '../../domain/testing/in-memory-notices';
import { NoticeDeliveryWorker } from './notice-delivery.worker';

class TasksThatAreDown extends InMemoryTasks {
  override insertMany(): Promise<void> {
    return Promise.reject(new Error('tasks table unavailable'));
  }
}

describe('NoticeDeliveryWorker', () => {
  const tenants = new TenantScope(new ClsService(new AsyncLocalStorage()));

  it('delivers and reminds in one tick, and a failing reminder job does not stop deliveries', async () => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const partner = { id: globalThis.crypto.randomUUID(), name: 'NAV Skien' };
    const world = noticesTestPorts({ services: [aService()], partners: [partner] });
    const actor = anActor();
    await new RegisterWebhookEndpoint(world.ports).execute({
      actor,
      partnerId: partner.id,
      url: 'https://nav.example/hook',
      secret: 'a-secret-that-is-long-enough-1234',
    });
    await new PublishNotice(world.ports).execute({
      actor,
      title: 'Nye regler',
      body: 'Grupper på høyst 5.',
      sourceUrl: 'https://www.fhi.no/',
      effectiveFrom: new Date('2026-11-24T00:00:00Z'),
      acknowledgeBy: new Date('2026-11-23T10:00:00Z'),
      recipients: { all: true },
    });
    world.clock.set('2026-11-23T11:00:00Z');
    const failingTasks = { ...world.ports, tasks: new TasksThatAreDown() };
    const worker = new NoticeDeliveryWorker(
      { delivery: { enabled: false } },
      new DeliverDueNotices(world.ports),
      new CreateNoticeReminders(failingTasks),
      tenants,
    );
    await worker.tick();
    expect(world.webhooks.calls.map((call) => call.ok)).toEqual([true]);
    expect(world.tasks.rows).toEqual([]);

    const healthy = new NoticeDeliveryWorker(
      { delivery: { enabled: false } },
      new DeliverDueNotices(world.ports),
      new CreateNoticeReminders(world.ports),
      tenants,
    );
    await healthy.tick();
    expect(world.tasks.rows.map((task) => task.kind)).toEqual([
      'notice-follow-up',
      'notice-follow-up',
    ]);
    expect(world.webhooks.calls).toHaveLength(1);
  });
});
