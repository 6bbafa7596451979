import { authorizeClientAccess, newId, type Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import { assertValid, notBlank, violation } from '../shared/violations';
import type { CrisisException } from './effective-policy';

export const MIN_EXCEPTION_REASON = 10;

export interface GrantCrisisExceptionInput {
  actor: Actor;
  clientId: string;
  /** `null`: every service. */
  serviceId: string | null;
  /** The individual assessment: why the client needs the service despite the level. */
  reason: string;
  validTo: Date | null;
  breakGlassReason?: string;
}

/**
 * CR-1 "exceptions by individual assessment": a staff member who follows the client records
 * why the client may meet the service in person (or join its groups) despite the level in force.
 */
export class GrantCrisisException {
  constructor(
    private readonly ports: Pick<
      CrisisModePorts,
      'exceptions' | 'catalogue' | 'careRelations' | 'audit' | 'clock' | 'unitOfWork'
    >,
  ) {}

  async execute(input: GrantCrisisExceptionInput): Promise<CrisisException> {
    const { actor } = input;
    const now = this.ports.clock.now();
    assertValid([
      notBlank(input.reason, 'reason'),
      input.reason.trim().length < MIN_EXCEPTION_REASON &&
        violation(
          'reason',
          'min-length',
          `must say why in at least ${MIN_EXCEPTION_REASON} characters`,
        ),
      input.validTo !== null &&
        input.validTo.getTime() <= now.getTime() &&
        violation('validTo', 'future', 'must be in the future'),
    ]);
    return this.ports.unitOfWork.run(async () => {
      await authorizeClientAccess(
        {
          actor,
          clientId: input.clientId,
          resource: 'client',
          breakGlassReason: input.breakGlassReason,
        },
        this.ports,
      );
      if (input.serviceId && !(await this.ports.catalogue.find(actor, input.serviceId))) {
        assertValid([
          violation('serviceId', 'exists', 'must be the id of a service in your municipality'),
        ]);
      }
      const exception: CrisisException = {
        id: newId(),
        tenantId: actor.tenantId,
        clientId: input.clientId,
        serviceId: input.serviceId,
        reason: input.reason.trim(),
        grantedBy: actor.subject,
        grantedAt: now,
        validTo: input.validTo,
        revokedAt: null,
        revokedBy: null,
      };
      await this.ports.exceptions.insert(exception);
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: 'crisis-exception',
        resourceId: exception.id,
        clientId: exception.clientId,
        reason: exception.reason,
      });
      return exception;
    });
  }
}
