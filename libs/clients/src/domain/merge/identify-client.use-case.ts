import { osloDate } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { ClientsError, ClientsErrorCode } from '../clients-error';
import type { Client } from '../client/client';
import { validateClientDetails } from '../client/client-details';
import { assertNationalIdFree } from '../client/national-id-conflict';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { Violations } from '../shared/violations';

export interface IdentifyClientInput extends ClientRecordRequest {
  /** Fødselsnummer or D-nummer. */
  nationalId: string;
  givenName: string;
  familyName: string;
  /** `YYYY-MM-DD`; kept as it is when not given. */
  birthDate?: string | null;
}

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock' | 'settings'
>;

/**
 * A pseudonymous client gives a fødselsnummer or D-nummer (CL-1): the same client, same id and
 * history, becomes identified; the alias stays as the name they go by. When another client of
 * the municipality already has the national id, 409 `clients.national-id-taken` names it (to a
 * caller with a care relation to it), and the caller merges into it instead (MergeClient).
 */
export class IdentifyClient {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: IdentifyClientInput): Promise<Client> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      if (client.nationalId !== null) throw alreadyIdentified();
      const now = this.deps.clock.now();
      const violations = new Violations();
      const { details, nationalIdKind } = validateClientDetails(
        {
          ...client,
          nationalId: input.nationalId,
          givenName: input.givenName,
          familyName: input.familyName,
          birthDate: input.birthDate === undefined ? client.birthDate : input.birthDate,
        },
        { today: osloDate(now), nationalIds: this.deps.settings.nationalIds },
        violations,
      );
      violations.throwIfAny();
      await assertNationalIdFree(
        { actor: input.actor, nationalId: details.nationalId as string, clientId: client.id },
        this.deps,
      );
      const identified = await this.deps.clients.update(
        { ...client, ...details, nationalIdKind, updatedAt: now },
        client.version,
      );
      await this.deps.audit.record({
        actor: input.actor,
        action: 'update',
        resourceType: 'client',
        resourceId: client.id,
        clientId: client.id,
        reason: 'identified by national id',
      });
      return identified;
    });
  }
}

function alreadyIdentified(): ClientsError {
  return new ClientsError(
    ClientsErrorCode.AlreadyIdentified,
    'This client already has a national id; change it with an update.',
    [{ field: 'nationalId', rule: 'pseudonymous-client', message: 'the client already has one' }],
  );
}
