import { isUuid, newId, recordAll, staleVersion, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { assertValid, notBlank, unknownReference, violation } from '../shared/validation';
import type { ServiceModeChangeResult } from './change-service-mode.use-case';
import {
  SERVICE_MODES,
  isServiceMode,
  type Service,
  type ServiceMode,
  type ServiceModeChange,
} from './service';

export interface ChangeServiceModesInput {
  actor: Actor;
  /** One entry per service; a service may appear once. */
  changes: readonly { serviceId: string; mode: ServiceMode; reason: string }[];
}

/**
 * `ChangeServiceMode` for many services at once (crisis activation switches hundreds): the
 * same rules, history and audit, in a fixed number of statements — one `SELECT … FOR UPDATE`,
 * one UPDATE, one multi-row INSERT of history, one audit batch. All or none: an unknown
 * service refuses the whole batch. Joins the caller's transaction.
 */
export class ChangeServiceModes {
  constructor(
    private readonly ports: Pick<ServicesPorts, 'services' | 'audit' | 'unitOfWork' | 'clock'>,
  ) {}

  async execute(input: ChangeServiceModesInput): Promise<ServiceModeChangeResult[]> {
    const { actor, changes } = input;
    const seen = new Set<string>();
    assertValid(
      changes.flatMap((change, i) => {
        const id = change.serviceId.toLowerCase();
        const repeated = seen.has(id);
        seen.add(id);
        return [
          !isUuid(change.serviceId) &&
            violation(`changes[${i}].serviceId`, 'uuid', 'must be a UUID'),
          repeated &&
            violation(`changes[${i}].serviceId`, 'unique', 'names a service listed already'),
          !isServiceMode(change.mode) &&
            violation(`changes[${i}].mode`, 'one-of', `must be one of ${SERVICE_MODES.join(', ')}`),
          notBlank(change.reason, `changes[${i}].reason`),
        ];
      }),
    );
    if (changes.length === 0) return [];
    return this.ports.unitOfWork.run(async () => {
      const ids = changes.map((change) => change.serviceId.toLowerCase());
      const locked = new Map(
        (await this.ports.services.findManyForUpdate(actor.tenantId, ids)).map((service) => [
          service.id,
          service,
        ]),
      );
      const missing = ids.findIndex((id) => !locked.has(id));
      if (missing >= 0) throw unknownReference(`changes[${missing}].serviceId`, 'service');

      const now = this.ports.clock.now();
      const results = changes.map((input, i): ServiceModeChangeResult => {
        const current = locked.get(ids[i] as string) as Service;
        if (current.mode === input.mode) return { service: current, change: null };
        const service: Service = {
          ...current,
          mode: input.mode,
          modeChangedAt: now,
          updatedAt: now,
          version: current.version + 1,
        };
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
        return { service, change };
      });
      const switched = results.filter(
        (result): result is { service: Service; change: ServiceModeChange } =>
          result.change !== null,
      );
      const stored = await this.ports.services.updateModes(
        actor.tenantId,
        switched.map(({ service }) => ({ service, expectedVersion: service.version - 1 })),
      );
      // The rows are locked, so a difference means someone bypassed the lock: refuse the batch.
      if (stored !== switched.length) throw staleVersion();
      await this.ports.services.insertModeChanges(switched.map(({ change }) => change));
      await recordAll(
        this.ports.audit,
        switched.map(({ service, change }) => ({
          actor,
          action: 'update' as const,
          resourceType: 'service-mode',
          resourceId: service.id,
          reason: change.reason,
        })),
      );
      return results;
    });
  }
}
