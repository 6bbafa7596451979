import { newId, osloDate, type Actor } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { Violations } from '../shared/violations';
import type { Client, ClientDetails } from './client';
import { validateCareContacts } from './care-contacts';
import { validateClientDetails } from './client-details';
import { assertNationalIdFree } from './national-id-conflict';

export interface RegisterClientInput {
  actor: Actor;
  details: ClientDetails;
  /** Defaults to the registering staff member, so that they can open the record they create. */
  primaryContact?: string;
  backupContact?: string | null;
  /** The client has no phone: sets the `no-phone` vulnerability flag (CL-1, CL-10). */
  noPhone?: boolean;
  /** The simple application the client comes from (set by ConvertApplication). */
  applicationId?: string;
}

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'vulnerabilityFlags' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock' | 'settings'
>;

/** CL-1: registers a client, who starts as `applicant` (CL-3). */
export class RegisterClient {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: RegisterClientInput): Promise<Client> {
    const { actor } = input;
    const now = this.deps.clock.now();
    const violations = new Violations();
    const { details, nationalIdKind } = validateClientDetails(
      input.details,
      { today: osloDate(now), nationalIds: this.deps.settings.nationalIds },
      violations,
    );
    const contacts = validateCareContacts(
      {
        primaryContact: input.primaryContact ?? actor.subject,
        backupContact: input.backupContact ?? null,
      },
      violations,
    );
    violations.throwIfAny();

    return this.deps.unitOfWork.run(async () => {
      if (details.nationalId !== null) {
        await assertNationalIdFree({ actor, nationalId: details.nationalId }, this.deps);
      }
      const client: Client = {
        ...details,
        ...contacts,
        id: newId(),
        tenantId: actor.tenantId,
        nationalIdKind,
        status: 'applicant',
        applicationId: input.applicationId ?? null,
        vulnerabilityFlags: input.noPhone ? ['no-phone'] : [],
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      await this.deps.clients.insert(client, {
        id: newId(),
        clientId: client.id,
        from: null,
        to: 'applicant',
        reason: null,
        changedBy: actor.subject,
        changedAt: now,
      });
      if (input.noPhone) {
        await this.deps.vulnerabilityFlags.set(actor.tenantId, {
          id: newId(),
          clientId: client.id,
          code: 'no-phone',
          note: null,
          setBy: actor.subject,
          setAt: now,
        });
      }
      await this.deps.audit.record({
        actor,
        action: 'create',
        resourceType: 'client',
        resourceId: client.id,
        clientId: client.id,
      });
      return client;
    });
  }
}
