import { newId, notFound, staleVersion, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { assertValid, notBlank, violation } from '../shared/validation';
import {
  SERVICE_MODES,
  isServiceMode,
  type Service,
  type ServiceMode,
  type ServiceModeChange,
} from './service';

export interface ChangeServiceModeInput {
  actor: Actor;
  serviceId: string;
  mode: ServiceMode;
  /** Why, e.g. the guideline or crisis level that requires it; kept in the history. */
  reason: string;
  /** When given (If-Match), the change is refused if the service changed since it was read. */
  expectedVersion?: number;
}

export interface ServiceModeChangeResult {
  service: Service;
  /** The history entry written; `null` when the service already ran in that mode. */
  change: ServiceModeChange | null;
}

/**
 * The one operation that changes a service's mode (SV-1), with history: who, when, why.
 *
 * Runs in the caller's transaction when there is one (`UnitOfWork.run` joins it), so crisis
 * mode can switch many services at once and have all or none switched. The service row is
 * locked until that transaction ends, so concurrent changes apply one after another.
 */
export class ChangeServiceMode {
  constructor(
    private readonly ports: Pick<ServicesPorts, 'services' | 'audit' | 'unitOfWork' | 'clock'>,
  ) {}

  async execute(input: ChangeServiceModeInput): Promise<ServiceModeChangeResult> {
    const { actor } = input;
    assertValid([
      !isServiceMode(input.mode) &&
        violation('mode', 'one-of', `must be one of ${SERVICE_MODES.join(', ')}`),
      notBlank(input.reason, 'reason'),
    ]);
    return this.ports.unitOfWork.run(async () => {
      const current = await this.ports.services.findById(actor.tenantId, input.serviceId, {
        forUpdate: true,
      });
      if (!current) throw notFound('service');
      if (input.expectedVersion !== undefined && input.expectedVersion !== current.version)
        throw staleVersion();
      if (current.mode === input.mode) return { service: current, change: null };

      const now = this.ports.clock.now();
      const service: Service = {
        ...current,
        mode: input.mode,
        modeChangedAt: now,
        updatedAt: now,
        version: current.version + 1,
      };
      if (!(await this.ports.services.update(service, current.version))) throw staleVersion();
      const change: ServiceModeChange = {
        id: newId(),
        tenantId: actor.tenantId,
        serviceId: service.id,
        fromMode: current.mode,
        toMode: input.mode,
        reason: input.reason.trim(),
        changedBy: actor.subject,
        changedAt: now,
      };
      await this.ports.services.insertModeChange(change);
      await this.ports.audit.record({
        actor,
        action: 'update',
        resourceType: 'service-mode',
        resourceId: service.id,
        reason: change.reason,
      });
      return { service, change };
    });
  }
}
