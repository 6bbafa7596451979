import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { Team } from '../../domain/catalogue/team';
import type { TeamRepository } from '../../domain/catalogue/team.repository';
import { alreadyExists } from '../shared/already-exists';
import { mapUniqueViolation } from '../shared/unique-violation';
import { toTeam } from './catalogue.mapper';
import { TeamEntity } from './team.entity';

export class TypeOrmTeamRepository implements TeamRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(team: Team): Promise<void> {
    await mapUniqueViolation(() => this.manager().insert(TeamEntity, team), {
      team_tenant_name_key: () => alreadyExists('name', 'A team with this name'),
    });
  }

  async findById(tenantId: TenantId, id: string): Promise<Team | null> {
    const row = await this.manager().findOneBy(TeamEntity, { tenantId, id });
    return row && toTeam(row);
  }

  async list(tenantId: TenantId, page: PageRequest): Promise<Page<Team>> {
    const query = this.manager()
      .createQueryBuilder(TeamEntity, 't')
      .where('t.tenant_id = :tenantId', { tenantId });
    const result = await keysetPage(
      query,
      { columns: ['t.name', 't.id'], key: (row) => [row.name, row.id], direction: 'ASC' },
      page,
    );
    return { items: result.items.map(toTeam), nextCursor: result.nextCursor };
  }
}
