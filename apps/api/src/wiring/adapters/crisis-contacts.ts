import type { ClientContactability, SharingPolicy } from '@lavterskel/consent';
import type { ConsentedContact, CrisisContacts } from '@lavterskel/crisis-mode';
import type { Actor } from '@lavterskel/kernel';

type Recipient = ClientContactability['contactableBy'][number]['recipient'];

/** Crisis mode's "who may contact this client in a crisis" (CO-4), from the consent library. */
export class ConsentCrisisContacts implements CrisisContacts {
  constructor(private readonly sharing: Pick<SharingPolicy, 'crisisContacts'>) {}

  async contactsOf(
    actor: Actor,
    clientIds: readonly string[],
  ): Promise<{ clientId: string; contacts: ConsentedContact[] }[]> {
    if (clientIds.length === 0) return [];
    const found = await this.sharing.crisisContacts({ actor, clientIds });
    return found.map((client) => ({
      clientId: client.clientId,
      contacts: client.contactableBy.map((contact) => ({
        kind: contact.recipient.type,
        description: describe(contact.recipient),
        consentId: contact.consentId,
      })),
    }));
  }
}

/** The recipient in plain words, for the priority list: "NAV Skien (org. 974 567 890)". */
export function describe(recipient: Recipient): string {
  switch (recipient.type) {
    case 'organisation':
      return `${recipient.name ?? 'Organisation'} (org. ${recipient.organisationNumber})`;
    case 'role':
      return `${recipient.name ?? recipient.role} — role ${recipient.role} at org. ${recipient.organisationNumber}`;
    case 'person':
      return [
        recipient.name ?? 'Named person',
        recipient.relationship && `(${recipient.relationship})`,
      ]
        .filter(Boolean)
        .join(' ');
  }
}
