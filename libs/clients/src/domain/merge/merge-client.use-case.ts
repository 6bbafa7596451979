import {
  isUuid,
  newId,
  recordAll,
  type Actor,
  type ClientMergeContext,
  type ClientMergeReceipt,
} from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { ClientsError, ClientsErrorCode } from '../clients-error';
import type { Client } from '../client/client';
import { openClientRecord } from '../client/open-client-record';
import { Violations } from '../shared/violations';
import { text } from '../shared/text';
import { MAX_MERGE_REASON, MIN_MERGE_REASON, type ClientMerge } from './client-merge';
import { mergeNotAllowed } from './merge-errors';

export interface MergeClientInput {
  actor: Actor;
  /** The pseudonymous client to merge away. */
  clientId: string;
  /** The identified client who keeps the records. */
  survivorId: string;
  reason: string;
}

type Dependencies = Pick<
  ClientsDependencies,
  | 'clients'
  | 'clientMerges'
  | 'mergeParticipants'
  | 'careRelations'
  | 'unitOfWork'
  | 'audit'
  | 'clock'
>;

/**
 * A pseudonymous client turns out to be an identified client already registered (CL-1): every
 * library's participant moves the client's records to the survivor, in one transaction, and
 * says exactly which rows it moved; the merge record keeps those receipts so that a privacy
 * officer can reverse it. The caller needs a care relation to both clients.
 */
export class MergeClient {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: MergeClientInput): Promise<ClientMerge> {
    const reason = checkInput(input);
    return this.deps.unitOfWork.run(async () => {
      if (isUuid(input.clientId) && isUuid(input.survivorId)) {
        await this.deps.clientMerges.lockClients(input.actor.tenantId, [
          input.clientId,
          input.survivorId,
        ]);
      }
      const merged = await openClientRecord(
        { actor: input.actor, clientId: input.clientId },
        this.deps,
      );
      const survivor = await this.openSurvivor(input);
      if (merged.nationalId !== null) {
        throw mergeNotAllowed(
          'clientId',
          'pseudonymous',
          'must be a pseudonymous client (alias and birth year, no national id)',
        );
      }
      if (survivor.nationalId === null) {
        throw mergeNotAllowed(
          'survivorId',
          'identified',
          'must be a client identified by national id',
        );
      }
      const context: ClientMergeContext = {
        tenantId: input.actor.tenantId,
        fromClientId: merged.id,
        toClientId: survivor.id,
        mergeId: newId(),
      };
      const receipts: ClientMergeReceipt[] = [];
      for (const participant of this.deps.mergeParticipants) {
        receipts.push(await participant.moveClientRecords(context));
      }
      const merge: ClientMerge = {
        id: context.mergeId,
        tenantId: context.tenantId,
        mergedClientId: merged.id,
        survivorId: survivor.id,
        reason,
        mergedBy: input.actor.subject,
        mergedAt: this.deps.clock.now(),
        receipts,
        reversal: null,
      };
      await this.deps.clientMerges.insert(merge);
      await recordAll(
        this.deps.audit,
        [merged.id, survivor.id].map((clientId) => ({
          actor: input.actor,
          action: 'update' as const,
          resourceType: 'client-merge',
          resourceId: merge.id,
          clientId,
          reason,
        })),
      );
      return merge;
    });
  }

  /** The survivor under need-to-know; one merged away itself is not a survivor. */
  private async openSurvivor(input: MergeClientInput): Promise<Client> {
    try {
      return await openClientRecord({ actor: input.actor, clientId: input.survivorId }, this.deps);
    } catch (error) {
      if (error instanceof ClientsError && error.code === ClientsErrorCode.ClientMerged) {
        throw mergeNotAllowed('survivorId', 'not-merged', 'was itself merged into another client');
      }
      throw error;
    }
  }
}

function checkInput(input: MergeClientInput): string {
  const violations = new Violations();
  const reason = text(input.reason);
  if (input.survivorId === input.clientId) {
    violations.add('survivorId', 'different-client', 'must be another client than the one merged');
  }
  if (reason === null || reason.length < MIN_MERGE_REASON) {
    violations.add('reason', 'min-length', `must be at least ${MIN_MERGE_REASON} characters`);
  }
  violations.maxLength('reason', reason, MAX_MERGE_REASON).throwIfAny();
  return reason as string;
}
