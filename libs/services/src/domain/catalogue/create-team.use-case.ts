import { newId, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { assertValid, notBlank } from '../shared/validation';
import type { Team } from './team';

export interface CreateTeamInput {
  actor: Actor;
  name: string;
}

/** Adds a team to the municipality's catalogue. */
export class CreateTeam {
  constructor(
    private readonly ports: Pick<ServicesPorts, 'teams' | 'audit' | 'unitOfWork' | 'clock'>,
  ) {}

  async execute(input: CreateTeamInput): Promise<Team> {
    assertValid([notBlank(input.name, 'name')]);
    const team: Team = {
      id: newId(),
      tenantId: input.actor.tenantId,
      name: input.name.trim(),
      createdAt: this.ports.clock.now(),
    };
    return this.ports.unitOfWork.run(async () => {
      await this.ports.teams.insert(team);
      await this.ports.audit.record({
        actor: input.actor,
        action: 'create',
        resourceType: 'team',
        resourceId: team.id,
      });
      return team;
    });
  }
}
