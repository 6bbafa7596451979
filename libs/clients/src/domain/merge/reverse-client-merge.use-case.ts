import { isUuid, notFound, recordAll, type Actor } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { Violations } from '../shared/violations';
import { text } from '../shared/text';
import { MAX_MERGE_REASON, MIN_MERGE_REASON, type ClientMerge } from './client-merge';
import { mergeAlreadyReversed, mergeNotAllowed } from './merge-errors';

export interface ReverseClientMergeInput {
  /** A privacy officer (the route's policy). */
  actor: Actor;
  mergeId: string;
  reason: string;
}

type Dependencies = Pick<
  ClientsDependencies,
  'clientMerges' | 'mergeParticipants' | 'unitOfWork' | 'audit' | 'clock'
>;

/**
 * A privacy officer undoes a merge: each library moves back exactly the rows its receipt names,
 * in one transaction, and the old id stands for the pseudonymous client again. Rows written for
 * the survivor after the merge stay with the survivor.
 */
export class ReverseClientMerge {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ReverseClientMergeInput): Promise<ClientMerge> {
    const reason = checkReason(input.reason);
    return this.deps.unitOfWork.run(async () => {
      const merge = isUuid(input.mergeId)
        ? await this.deps.clientMerges.find(input.actor.tenantId, input.mergeId)
        : null;
      if (!merge) throw notFound('client-merge');
      await this.deps.clientMerges.lockClients(merge.tenantId, [
        merge.mergedClientId,
        merge.survivorId,
      ]);
      if (merge.reversal !== null) throw mergeAlreadyReversed(merge.id);
      const participants = new Map(
        this.deps.mergeParticipants.map((participant) => [participant.library, participant]),
      );
      const missing = merge.receipts.find((receipt) => !participants.has(receipt.library));
      if (missing) {
        throw mergeNotAllowed(
          'mergeId',
          'participants-present',
          `moved records of the library ${missing.library}, which this application does not run`,
        );
      }
      const reversal = {
        reversedBy: input.actor.subject,
        reversedAt: this.deps.clock.now(),
        reason,
      };
      if (!(await this.deps.clientMerges.markReversed(merge.tenantId, merge.id, reversal))) {
        throw mergeAlreadyReversed(merge.id);
      }
      const context = {
        tenantId: merge.tenantId,
        fromClientId: merge.mergedClientId,
        toClientId: merge.survivorId,
        mergeId: merge.id,
      };
      for (const receipt of [...merge.receipts].reverse()) {
        await participants.get(receipt.library)?.restoreClientRecords(context, receipt);
      }
      await recordAll(
        this.deps.audit,
        [merge.mergedClientId, merge.survivorId].map((clientId) => ({
          actor: input.actor,
          action: 'update' as const,
          resourceType: 'client-merge',
          resourceId: merge.id,
          clientId,
          reason: `reversed: ${reason}`,
        })),
      );
      return { ...merge, reversal };
    });
  }
}

function checkReason(value: string): string {
  const violations = new Violations();
  const reason = text(value);
  if (reason === null || reason.length < MIN_MERGE_REASON) {
    violations.add('reason', 'min-length', `must be at least ${MIN_MERGE_REASON} characters`);
  }
  violations.maxLength('reason', reason, MAX_MERGE_REASON).throwIfAny();
  return reason as string;
}
