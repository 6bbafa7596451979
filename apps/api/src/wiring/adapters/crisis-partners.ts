import type { PartnerDirectory, PartnerOrganisation } from '@lavterskel/crisis-mode';
import type { Actor } from '@lavterskel/kernel';
import type { ListPartners } from '@lavterskel/services';

/** Crisis mode's partner organisations (notices, CR-6), from the services library's partners (SV-7). */
export class ServicesPartnerDirectory implements PartnerDirectory {
  constructor(private readonly listPartners: ListPartners) {}

  async list(actor: Actor): Promise<PartnerOrganisation[]> {
    const partners: PartnerOrganisation[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.listPartners.execute({ actor, limit: 100, cursor });
      partners.push(...page.items.map((partner) => ({ id: partner.id, name: partner.name })));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return partners;
  }
}
