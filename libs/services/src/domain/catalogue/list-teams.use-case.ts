import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { Team } from './team';

/** The municipality's teams, by name. Not personal data: no audit entry. */
export class ListTeams {
  constructor(private readonly ports: Pick<ServicesPorts, 'teams'>) {}

  async execute(input: { actor: Actor; page: PageRequest }): Promise<Page<Team>> {
    return this.ports.teams.list(input.actor.tenantId, input.page);
  }
}
