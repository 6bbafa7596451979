import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { clientFhirBundle } from './client-fhir';
import type { FhirBundle } from './fhir-types';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'relatives' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock'
>;

/** exports the client and their relatives as FHIR R4 (audited as an export). */
export class ExportClientFhir {
  constructor(private readonly deps: Dependencies) {}

  async execute(request: ClientRecordRequest): Promise<FhirBundle> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(request, this.deps);
      const relatives = await this.deps.relatives.listByClient(request.actor.tenantId, client.id);
      await this.deps.audit.record({
        actor: request.actor,
        action: 'export',
        resourceType: 'client',
        resourceId: client.id,
        clientId: client.id,
      });
      return clientFhirBundle({ client, relatives, at: this.deps.clock.now() });
    });
  }
}
