import { notFound } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import type { ClinicalProfile } from './clinical-profile';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'clinicalProfiles' | 'careRelations' | 'unitOfWork' | 'audit'
>;

/** CL-11: the client's clinical profile; `notFound('clinical profile')` when none is recorded. */
export class GetClinicalProfile {
  constructor(private readonly deps: Dependencies) {}

  async execute(request: ClientRecordRequest): Promise<ClinicalProfile> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(request, this.deps);
      const profile = await this.deps.clinicalProfiles.find(request.actor.tenantId, client.id);
      if (!profile) throw notFound('clinical profile');
      await this.deps.audit.record({
        actor: request.actor,
        action: 'read',
        resourceType: 'clinical-profile',
        resourceId: client.id,
        clientId: client.id,
      });
      return profile;
    });
  }
}
