import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { ClientsError, ClientsErrorCode } from '../clients-error';
import { Violations } from '../shared/violations';
import type { ClinicalProfile, ClinicalProfileContent } from './clinical-profile';
import { validateClinicalProfile } from './clinical-profile-rules';

export function clinicalProfileExists(): ClientsError {
  return new ClientsError(
    ClientsErrorCode.ClinicalProfileExists,
    'The client already has a clinical profile; update it with If-Match.',
  );
}

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'clinicalProfiles' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock'
>;

/** CL-11: records the client's first clinical profile. */
export class CreateClinicalProfile {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientRecordRequest & ClinicalProfileContent): Promise<ClinicalProfile> {
    const violations = new Violations();
    const content = validateClinicalProfile(input, violations);
    violations.throwIfAny();
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      if (await this.deps.clinicalProfiles.find(input.actor.tenantId, client.id))
        throw clinicalProfileExists();
      const profile: ClinicalProfile = {
        ...content,
        clientId: client.id,
        version: 1,
        updatedBy: input.actor.subject,
        updatedAt: this.deps.clock.now(),
      };
      await this.deps.clinicalProfiles.insert(input.actor.tenantId, profile);
      await this.deps.audit.record({
        actor: input.actor,
        action: 'create',
        resourceType: 'clinical-profile',
        resourceId: client.id,
        clientId: client.id,
      });
      return profile;
    });
  }
}
