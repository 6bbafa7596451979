import type { CatalogueService, ServiceCatalogue } from '@lavterskel/crisis-mode';
import { KernelErrorCode, MAX_PAGE_LIMIT, isUuid, type Actor } from '@lavterskel/kernel';
import type { GetService, ListServices, Service } from '@lavterskel/services';

/** Crisis mode's view of the catalogue (SV-1), from the services library. Catalogue data is not personal. */
export class ServicesCatalogue implements ServiceCatalogue {
  constructor(
    private readonly listServices: ListServices,
    private readonly getService: GetService,
  ) {}

  async list(actor: Actor): Promise<CatalogueService[]> {
    const all: CatalogueService[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.listServices.execute({ actor, limit: MAX_PAGE_LIMIT, cursor });
      all.push(...page.items.map(catalogueService));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return all;
  }

  async find(actor: Actor, serviceId: string): Promise<CatalogueService | null> {
    if (!isUuid(serviceId)) return null;
    try {
      return catalogueService(await this.getService.execute({ actor, serviceId }));
    } catch (error) {
      if ((error as { code?: unknown }).code === KernelErrorCode.NotFound) return null;
      throw error;
    }
  }
}

function catalogueService(service: Service): CatalogueService {
  return {
    id: service.id,
    name: service.name,
    category: service.category,
    teamId: service.teamId,
    critical: service.critical,
    mode: service.mode,
    requiredCompetencies: service.requiredCompetencies,
  };
}
