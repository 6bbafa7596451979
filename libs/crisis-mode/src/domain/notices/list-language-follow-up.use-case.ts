import {
  clientsInCare,
  hasAnyRole,
  notFound,
  type Actor,
  type Page,
  type PageRequest,
} from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { ClientFacts } from '../other-libraries';

export interface LanguageFollowUpItem {
  readonly client: ClientFacts;
  readonly languageDifficulty: boolean;
  /** A `language-follow-up` task for this notice exists already. */
  readonly taskCreated: boolean;
}

/** Coordinators see every such client of the municipality; others only the clients they serve. */
export const SEE_ALL_LANGUAGE_FOLLOW_UP_ROLES = ['crisis-coordinator'];

/**
 * Clients flagged with a language difficulty or an interpreter need, for staff to tell them
 * about a notice in person (CR-6, seed 003). Audited as one search naming every client shown.
 */
export class ListLanguageFollowUp {
  constructor(
    private readonly ports: Pick<
      CrisisModePorts,
      'notices' | 'languageSupport' | 'careRelations' | 'audit' | 'unitOfWork'
    >,
  ) {}

  async execute(input: {
    actor: Actor;
    noticeId: string;
    page: PageRequest;
  }): Promise<Page<LanguageFollowUpItem>> {
    const { actor } = input;
    return this.ports.unitOfWork.run(async () => {
      const notice = await this.ports.notices.find(actor.tenantId, input.noticeId);
      if (!notice) throw notFound('notice');
      const page = await this.ports.languageSupport.needingLanguageSupport(actor, input.page);
      const inReach = hasAnyRole(actor, SEE_ALL_LANGUAGE_FOLLOW_UP_ROLES)
        ? null
        : await clientsInCare(
            this.ports.careRelations,
            actor,
            page.items.map((client) => client.clientId),
          );
      const shown = inReach
        ? page.items.filter((client) => inReach.has(client.clientId))
        : page.items;
      const clientIds = shown.map((client) => client.clientId);
      const withTask = await this.ports.notices.languageFollowUpsAmong({
        tenantId: actor.tenantId,
        noticeId: notice.id,
        clientIds,
      });
      await this.ports.audit.record({
        actor,
        action: 'search',
        resourceType: 'notice-language-follow-up',
        resourceId: notice.id,
        clientIds,
        reason: 'personal follow-up of a rule-change notice',
      });
      return {
        items: shown.map((client) => ({
          client,
          languageDifficulty: client.vulnerabilityFlags.includes('language-difficulty'),
          taskCreated: withTask.has(client.clientId),
        })),
        nextCursor: page.nextCursor,
      };
    });
  }
}
