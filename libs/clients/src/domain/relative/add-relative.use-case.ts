import { newId } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { Violations } from '../shared/violations';
import type { Relative, RelativeDetails } from './relative';
import { validateRelative } from './relative-rules';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'relatives' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock'
>;

/** CL-9: adds a relative or trusted person to the client's record. */
export class AddRelative {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientRecordRequest & RelativeDetails): Promise<Relative> {
    const violations = new Violations();
    const details = validateRelative(input, violations);
    violations.throwIfAny();
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const relative: Relative = {
        ...details,
        id: newId(),
        clientId: client.id,
        version: 1,
        updatedBy: input.actor.subject,
        updatedAt: this.deps.clock.now(),
      };
      await this.deps.relatives.insert(input.actor.tenantId, relative);
      await this.deps.audit.record({
        actor: input.actor,
        action: 'create',
        resourceType: 'relative',
        resourceId: relative.id,
        clientId: client.id,
      });
      return relative;
    });
  }
}
