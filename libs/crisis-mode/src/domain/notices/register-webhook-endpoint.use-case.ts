import { newId, type Actor } from '@lavterskel/kernel';
import { CrisisModeError, CrisisModeErrorCode } from '../crisis-mode-error';
import type { CrisisModePorts } from '../crisis-mode-ports';
import { assertValid, notBlank } from '../shared/violations';
import { strongSecret, webUrl } from './notice-rules';
import type { WebhookEndpoint } from './webhook-endpoint';

export interface RegisterWebhookEndpointInput {
  actor: Actor;
  partnerId: string;
  url: string;
  secret: string;
}

/** Registers where a partner organisation's system receives notices (CR-6). */
export class RegisterWebhookEndpoint {
  constructor(
    private readonly ports: Pick<
      CrisisModePorts,
      'webhookEndpoints' | 'partners' | 'clock' | 'unitOfWork'
    >,
  ) {}

  async execute(input: RegisterWebhookEndpointInput): Promise<WebhookEndpoint> {
    assertValid([
      webUrl(input.url, 'url'),
      notBlank(input.secret, 'secret') || strongSecret(input.secret, 'secret'),
    ]);
    return this.ports.unitOfWork.run(async () => {
      const partners = await this.ports.partners.list(input.actor);
      if (!partners.some((partner) => partner.id === input.partnerId)) {
        throw new CrisisModeError(
          CrisisModeErrorCode.UnknownRecipient,
          'Your municipality has no partner organisation with this id.',
          [
            {
              field: 'partnerId',
              rule: 'known-partner',
              message: 'must be a partner of your municipality',
            },
          ],
        );
      }
      const endpoint: WebhookEndpoint = {
        id: newId(),
        tenantId: input.actor.tenantId,
        partnerId: input.partnerId,
        url: input.url,
        secret: input.secret,
        active: true,
        createdBy: input.actor.subject,
        createdAt: this.ports.clock.now(),
      };
      await this.ports.webhookEndpoints.insert(endpoint);
      return endpoint;
    });
  }
}
