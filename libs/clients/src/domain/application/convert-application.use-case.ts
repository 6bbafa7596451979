import { newId, type Actor } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import type { Client } from '../client/client';
import { RegisterClient, type RegisterClientInput } from '../client/register-client.use-case';
import {
  INTAKE_CHANNELS,
  type Encounter,
  type EncounterTopic,
  type IntakeChannel,
} from '../encounter/encounter';
import { validateEncounterEntry } from '../encounter/encounter-rules';
import { Violations } from '../shared/violations';
import type { Application } from './application';
import { applicationForChange } from './open-application';

/** The intake conversation that reached the applicant: by phone, at the office or outdoors. */
export interface IntakeConversation {
  occurredAt: Date;
  channel: IntakeChannel;
  durationMinutes: number;
  topics: readonly EncounterTopic[];
  note: string | null;
}

export interface ConvertApplicationInput {
  actor: Actor;
  applicationId: string;
  client: Omit<RegisterClientInput, 'actor' | 'applicationId'>;
  intake: IntakeConversation;
}

export interface Conversion {
  client: Client;
  application: Application;
  intake: Encounter;
}

type Dependencies = ConstructorParameters<typeof RegisterClient>[0] &
  Pick<ClientsDependencies, 'applications' | 'encounters'>;

/**
 * CL-2: turns an application into a client with its intake conversation, in one transaction,
 * and records the first contact. Two staff converting at once: the application row is locked,
 * so the second finds it converted (409) and no second client is made.
 */
export class ConvertApplication {
  private readonly register: RegisterClient;

  constructor(private readonly deps: Dependencies) {
    this.register = new RegisterClient(deps);
  }

  async execute(input: ConvertApplicationInput): Promise<Conversion> {
    const { actor } = input;
    const now = this.deps.clock.now();
    const violations = new Violations();
    const entry = validateEncounterEntry(
      { ...input.intake, outcome: 'attended' },
      { now, prefix: 'intake' },
      violations,
    );
    if (!(INTAKE_CHANNELS as readonly string[]).includes(input.intake.channel)) {
      violations.add(
        'intake.channel',
        'intake-channel',
        `must be one of: ${INTAKE_CHANNELS.join(', ')}`,
      );
    }
    violations.throwIfAny();

    return this.deps.unitOfWork.run(async () => {
      const application = await applicationForChange(input, this.deps.applications);
      if (entry.occurredAt.getTime() < application.receivedAt.getTime()) {
        new Violations()
          .add(
            'intake.occurredAt',
            'after-application',
            'must not be before the application was received',
          )
          .throwIfAny();
      }
      const client = await this.register.execute({
        ...input.client,
        actor,
        applicationId: application.id,
      });
      const intake: Encounter = {
        ...entry,
        id: newId(),
        clientId: client.id,
        serviceId: null,
        vedtakId: null,
        intake: true,
        recordedBy: actor.subject,
        recordedAt: now,
      };
      await this.deps.encounters.insert(actor.tenantId, intake);
      const converted = await this.deps.applications.update(
        {
          ...application,
          status: 'converted',
          clientId: client.id,
          firstContactAt: intake.occurredAt,
        },
        application.version,
      );
      await this.deps.audit.record({
        actor,
        action: 'create',
        resourceType: 'encounter',
        resourceId: intake.id,
        clientId: client.id,
      });
      await this.deps.audit.record({
        actor,
        action: 'update',
        resourceType: 'application',
        resourceId: application.id,
        clientId: client.id,
      });
      return { client, application: converted, intake };
    });
  }
}
