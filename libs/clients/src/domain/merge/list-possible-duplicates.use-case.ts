import { clientsInCare, isUuid, type Actor } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { ClientsError, ClientsErrorCode } from '../clients-error';
import { summaryOf } from '../client/client';
import { Violations } from '../shared/violations';
import { duplicateReasons, type PossibleDuplicate } from './possible-duplicates';

export interface ListPossibleDuplicatesInput {
  /** A team lead (the route's policy). */
  actor: Actor;
  teamId: string;
}

/** The most pairs one list shows; the lead works through them and asks again. */
export const MAX_DUPLICATE_PAIRS = 100;

type Dependencies = Pick<ClientsDependencies, 'clients' | 'careRelations' | 'unitOfWork' | 'audit'>;

/**
 * CL-1: pairs of clients the lead's team serves that may be one person (same birth date and
 * similar names, or the same phone), for the lead to merge or leave. Only clients the team has a
 * care relation to are shown; the list is audited as a search naming each client.
 */
export class ListPossibleDuplicates {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ListPossibleDuplicatesInput): Promise<PossibleDuplicate[]> {
    const violations = new Violations();
    if (!isUuid(input.teamId)) violations.add('teamId', 'uuid', 'must be a team id (UUID)');
    violations.throwIfAny();
    if (!input.actor.teamIds.includes(input.teamId)) {
      throw new ClientsError(
        ClientsErrorCode.TeamForbidden,
        'Only members of the team see its possible duplicates.',
        [{ field: 'teamId', rule: 'own-team', message: 'must be one of your teams' }],
      );
    }
    // Need-to-know through this team only, not the lead's other teams.
    const asTeam: Actor = { ...input.actor, teamIds: [input.teamId] };
    return this.deps.unitOfWork.run(async () => {
      const { tenantId } = input.actor;
      const pairs = await this.deps.clients.possibleDuplicatePairs(tenantId);
      const inCare = await clientsInCare(this.deps.careRelations, asTeam, pairs.flat());
      const served = pairs.filter(([a, b]) => inCare.has(a) && inCare.has(b));
      const clients = new Map(
        (await this.deps.clients.findMany(tenantId, served.flat())).map((c) => [c.id, c]),
      );
      const duplicates: PossibleDuplicate[] = [];
      for (const [aId, bId] of served) {
        const a = clients.get(aId);
        const b = clients.get(bId);
        const reasons = a && b ? duplicateReasons(a, b) : [];
        if (a && b && reasons.length > 0) {
          duplicates.push({ clients: [summaryOf(a), summaryOf(b)], reasons });
        }
        if (duplicates.length === MAX_DUPLICATE_PAIRS) break;
      }
      await this.deps.audit.record({
        actor: input.actor,
        action: 'search',
        resourceType: 'client-duplicates',
        resourceId: input.teamId,
        clientIds: [...new Set(duplicates.flatMap((pair) => pair.clients.map((c) => c.id)))],
        reason: 'possible duplicates',
      });
      return duplicates;
    });
  }
}
