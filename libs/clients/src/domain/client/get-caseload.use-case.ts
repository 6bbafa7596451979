import { hasAnyRole, notFound, type Actor, type Page, type PageRequest } from '@lavterskel/kernel';
import { ClientsError, ClientsErrorCode } from '../clients-error';
import type { ClientsDependencies } from '../clients-dependencies';
import type { ClientSummary } from './client';

/** One client in a staff member's caseload, and who is responsible for them right now. */
export interface CaseloadEntry extends ClientSummary {
  /** The staff member's role for this client. */
  readonly role: 'primary' | 'backup';
  readonly primaryAbsent: boolean;
  readonly backupAbsent: boolean;
  /** The primary contact, or the back-up while the primary is away; null when neither is available. */
  readonly coveredBy: string | null;
}

export interface GetCaseloadInput {
  actor: Actor;
  /**
   * Whose caseload; defaults to the caller. Another's needs one of `CASELOAD_VIEWER_ROLES` and
   * that staff member working in one of the caller's teams.
   */
  staff?: string;
  page: PageRequest;
}

/** Roles that may see the caseload of a member of their own teams (to arrange cover). */
export const CASELOAD_VIEWER_ROLES: readonly string[] = ['team-lead'];

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'staffAvailability' | 'staffTeams' | 'unitOfWork' | 'audit' | 'clock'
>;

/** CL-4: the clients a staff member is primary or back-up contact for, with cover for absent primaries. */
export class GetCaseload {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: GetCaseloadInput): Promise<Page<CaseloadEntry>> {
    const staff = input.staff ?? input.actor.subject;
    if (staff !== input.actor.subject && !hasAnyRole(input.actor, CASELOAD_VIEWER_ROLES)) {
      throw new ClientsError(
        ClientsErrorCode.CaseloadForbidden,
        'Only a team lead may see another staff member’s caseload.',
      );
    }
    if (staff !== input.actor.subject) await this.assertInCallersTeams(input.actor, staff);
    const page = await this.auditedPage(input.actor, staff, input.page);
    const everyone = page.items.flatMap((client) => [
      client.primaryContact,
      ...(client.backupContact ? [client.backupContact] : []),
    ]);
    const absent = await this.deps.staffAvailability.absentAmong({
      tenantId: input.actor.tenantId,
      staff: [...new Set(everyone)],
      at: this.deps.clock.now(),
    });
    return {
      items: page.items.map((client) => caseloadEntry(client, staff, absent)),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * The page, audited as a search of the caseload with each client shown: in one statement where
   * the repository can (no transaction needed), else both in one transaction. Either way the
   * access is on record before anyone sees the page.
   */
  private auditedPage(
    actor: Actor,
    staff: string,
    page: PageRequest,
  ): Promise<Page<ClientSummary>> {
    const access = { action: 'search', resourceType: 'caseload' } as const;
    const { clients } = this.deps;
    if (clients.caseloadAudited) return clients.caseloadAudited(actor, staff, page, access);
    return this.deps.unitOfWork.run(async () => {
      const found = await clients.caseload(actor.tenantId, staff, page);
      await this.deps.audit.record({
        actor,
        ...access,
        resourceId: staff,
        clientIds: found.items.map((client) => client.id),
      });
      return found;
    });
  }

  /** A lead's reach is their own teams: another team's member reads as missing (404). */
  private async assertInCallersTeams(actor: Actor, staff: string): Promise<void> {
    const teams = await this.deps.staffTeams.teamsOf({
      tenantId: actor.tenantId,
      subject: staff,
      at: this.deps.clock.now(),
    });
    if (!teams.some((team) => actor.teamIds.includes(team))) throw notFound('caseload');
  }
}

/** Who covers: the primary when present, else a present back-up, else nobody (a gap to act on). */
export function caseloadEntry(
  client: ClientSummary,
  staff: string,
  absent: ReadonlySet<string>,
): CaseloadEntry {
  const primaryAbsent = absent.has(client.primaryContact);
  const backupAbsent = client.backupContact !== null && absent.has(client.backupContact);
  const coveredBy = !primaryAbsent
    ? client.primaryContact
    : client.backupContact !== null && !backupAbsent
      ? client.backupContact
      : null;
  return {
    ...client,
    role: client.primaryContact === staff ? 'primary' : 'backup',
    primaryAbsent,
    backupAbsent,
    coveredBy,
  };
}
