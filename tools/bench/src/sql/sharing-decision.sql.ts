import { randomUUID } from 'node:crypto';
import type { BenchContext } from '../scenarios/scenario';
import type { SharingQuestion } from '../scenarios/sharing-decision';
import type { StaffWithToken } from '../fixtures/staff';
import type { SqlUnit } from '../load/sql-load';
import { assertCareRelation, callerOf, claimIdempotencyKey, run, transaction } from './statements';

/** Decision: the care relation, the consents' current versions, the decision row, the idempotency claim with its audit row (one statement). */
export function sharingDecisionUnit(
  context: BenchContext,
  staff: StaffWithToken,
  question: SharingQuestion,
): SqlUnit {
  const caller = callerOf(context.tenant, staff);
  const id = randomUUID();
  return (client) =>
    transaction(client, async () => {
      await assertCareRelation(client, caller, question.clientId, context.today);
      const consents = await run<{
        consent_id: string;
        version: number;
        categories: string[];
        purposes: string[];
      }>(
        client,
        'current-consents',
        `SELECT DISTINCT ON (v.consent_id) v.consent_id, v.version, v.status, v.categories, v.purposes,
                v.recipients, v.valid_from, v.valid_to
           FROM consent.consent c
           JOIN consent.consent_version v ON v.tenant_id = c.tenant_id AND v.consent_id = c.id
          WHERE c.tenant_id = $1 AND c.client_id = $2
          ORDER BY v.consent_id, v.version DESC`,
        [context.tenant, question.clientId],
      );
      // The rule itself is the consent library's pure function; the bound keeps its inputs and outputs.
      const permitting = consents.find(
        (consent) =>
          consent.categories.includes(question.category) &&
          consent.purposes.includes(question.purpose),
      );
      await run(
        client,
        'insert-decision',
        `INSERT INTO consent.sharing_decision (id, tenant_id, client_id, category, purpose, recipient, outcome,
                basis_kind, consent_id, consent_version, legal_basis, justification, reasons, review_required,
                decided_by, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, NULL, $11, false, $12, now())`,
        [
          id,
          context.tenant,
          question.clientId,
          question.category,
          question.purpose,
          JSON.stringify(question.recipient),
          permitting ? 'permit' : 'deny',
          permitting ? 'consent' : null,
          permitting?.consent_id ?? null,
          permitting?.version ?? null,
          JSON.stringify([{ code: permitting ? 'consent-permits' : 'no-consent' }]),
          caller.subject,
        ],
      );
      await claimIdempotencyKey(
        client,
        caller,
        randomUUID(),
        { status: 201, body: { id, ...question } },
        {
          action: 'read',
          resourceType: 'sharing-decision',
          resourceId: id,
          clientIds: [question.clientId],
          reason: question.purpose,
        },
      );
    });
}
