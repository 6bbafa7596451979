import { isUuid, notFound, staleVersion } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { Violations } from '../shared/violations';
import type { Relative, RelativeDetails } from './relative';
import { validateRelative } from './relative-rules';

export interface UpdateRelativeInput extends ClientRecordRequest, RelativeDetails {
  relativeId: string;
  expectedVersion: number;
}

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'relatives' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock'
>;

/** CL-9: replaces a relative's details under optimistic concurrency. */
export class UpdateRelative {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: UpdateRelativeInput): Promise<Relative> {
    const violations = new Violations();
    const details = validateRelative(input, violations);
    violations.throwIfAny();
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const current = isUuid(input.relativeId)
        ? await this.deps.relatives.find(input.actor.tenantId, client.id, input.relativeId)
        : null;
      if (!current) throw notFound('relative');
      if (current.version !== input.expectedVersion) throw staleVersion();
      const relative = await this.deps.relatives.update(
        input.actor.tenantId,
        {
          ...current,
          ...details,
          updatedBy: input.actor.subject,
          updatedAt: this.deps.clock.now(),
        },
        input.expectedVersion,
      );
      await this.deps.audit.record({
        actor: input.actor,
        action: 'update',
        resourceType: 'relative',
        resourceId: relative.id,
        clientId: client.id,
      });
      return relative;
    });
  }
}
