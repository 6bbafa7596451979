import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { TenantScope } from '@lavterskel/kernel/nest';
import { CreateNoticeReminders } from '../../domain/notices/create-notice-reminders.use-case';
import {
  DeliverDueNotices,
  type DeliveryRound,
} from '../../domain/notices/deliver-due-notices.use-case';
import { NOTICES_OPTIONS } from './notices.tokens';
import type { NoticesModuleOptions } from './notices-options';

/**
 * Drives the notice outbox (CR-6): every poll interval it delivers due deliveries and creates
 * reminder tasks for passed deadlines. State lives in PostgreSQL only, so any number of API
 * processes can run it; a round never overlaps the previous one in the same process.
 */
@Injectable()
export class NoticeDeliveryWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(NoticeDeliveryWorker.name);
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<void> | null = null;

  constructor(
    @Inject(NOTICES_OPTIONS) private readonly options: NoticesModuleOptions,
    private readonly deliverDueNotices: DeliverDueNotices,
    private readonly noticeReminders: CreateNoticeReminders,
    private readonly tenants: TenantScope,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.delivery?.enabled === false) return;
    this.timer = setInterval(() => void this.tick(), this.options.delivery?.pollIntervalMs ?? 5000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.round;
  }

  /** One round of due deliveries (tests call it directly). */
  deliverDue(): Promise<DeliveryRound> {
    // The outbox of every municipality: row-level security lets this job see them all.
    const limit = this.options.delivery?.batchSize ?? 50;
    return this.tenants.runForAllTenants(() => this.deliverDueNotices.execute({ limit }));
  }

  /** Reminder tasks for notices whose deadline has passed (tests call it directly). */
  createReminders(): Promise<{ notices: number; tasks: number }> {
    return this.tenants.runForAllTenants(() => this.noticeReminders.execute());
  }

  /** Delivers and reminds; a failure is logged and the next tick tries again. */
  async tick(): Promise<void> {
    if (this.round) return;
    // Each job on its own: a failing one does not hold the other back.
    this.round = (async () => {
      await this.deliverDue().catch((error: unknown) =>
        this.logger.error(`notice delivery round failed: ${String(error)}`),
      );
      await this.createReminders().catch((error: unknown) =>
        this.logger.error(`notice reminders failed: ${String(error)}`),
      );
    })();
    try {
      await this.round;
    } finally {
      this.round = null;
    }
  }
}
