import { notFound, staleVersion } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { Violations } from '../shared/violations';
import type { ClinicalProfile, ClinicalProfileContent } from './clinical-profile';
import { validateClinicalProfile } from './clinical-profile-rules';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'clinicalProfiles' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock'
>;

/** CL-11: replaces the clinical profile under optimistic concurrency. */
export class UpdateClinicalProfile {
  constructor(private readonly deps: Dependencies) {}

  async execute(
    input: ClientRecordRequest & ClinicalProfileContent & { expectedVersion: number },
  ): Promise<ClinicalProfile> {
    const violations = new Violations();
    const content = validateClinicalProfile(input, violations);
    violations.throwIfAny();
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const current = await this.deps.clinicalProfiles.find(input.actor.tenantId, client.id);
      if (!current) throw notFound('clinical profile');
      if (current.version !== input.expectedVersion) throw staleVersion();
      const profile = await this.deps.clinicalProfiles.update(
        input.actor.tenantId,
        {
          ...current,
          ...content,
          updatedBy: input.actor.subject,
          updatedAt: this.deps.clock.now(),
        },
        input.expectedVersion,
      );
      await this.deps.audit.record({
        actor: input.actor,
        action: 'update',
        resourceType: 'clinical-profile',
        resourceId: client.id,
        clientId: client.id,
      });
      return profile;
    });
  }
}
