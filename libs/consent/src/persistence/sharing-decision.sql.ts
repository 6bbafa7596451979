import type { CareRelationsInStatement } from '@lavterskel/kernel';
import type { PreparedStatement } from '@lavterskel/kernel/typeorm';

/** Every sharing decision is logged: a named statement, planned once per connection. */
export const INSERT_DECISION: PreparedStatement = {
  name: 'consent.insert-sharing-decision',
  text: `INSERT INTO consent.sharing_decision (id, tenant_id, client_id, category, purpose,
      recipient, outcome, basis_kind, consent_id, consent_version, legal_basis, justification,
      reasons, review_required, decided_by, decided_at)
    VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, $15, $16)`,
};

/** The current version of each of the client `clientSql`'s consents, oldest granted first; $1 tenant. */
function currentConsentsSql(clientSql: string): string {
  return `SELECT v.tenant_id AS "tenantId", v.consent_id AS "consentId", v.version, v.change,
      v.status, v.categories, v.purposes, v.recipients, v.valid_from AS "validFrom",
      v.valid_to AS "validTo", v.method, v.withdrawal_reason AS "withdrawalReason",
      v.recorded_by AS "recordedBy", v.recorded_at AS "recordedAt", c.client_id AS "clientId",
      c.granted_at AS "grantedAt"
    FROM consent.consent_version v
    JOIN consent.consent c ON c.tenant_id = v.tenant_id AND c.id = v.consent_id
    WHERE v.tenant_id = $1 AND c.client_id = ${clientSql}
      AND NOT EXISTS (SELECT 1 FROM consent.consent_version n
        WHERE n.tenant_id = v.tenant_id AND n.consent_id = v.consent_id AND n.version > v.version)
    ORDER BY c.granted_at, c.id`;
}

/**
 * The current version of each of a client's consents, oldest granted first (what a sharing
 * decision is taken on): $1 tenant, $2 client. Columns carry the entities' property names.
 */
export const CURRENT_CONSENTS_OF_CLIENT: PreparedStatement = {
  name: 'consent.current-consents-of-client',
  text: currentConsentsSql('$2'),
};

/**
 * The same with the caller's care relation to the client (`inCare`, on every row; one row of
 * nulls but `inCare` when there are no consents): $1–$4 the care condition's, $5 the client.
 */
export function currentConsentsInCareStatement(care: CareRelationsInStatement): PreparedStatement {
  return {
    name: `consent.current-consents-in-care:${care.key}`,
    text: `SELECT care."inCare", current.*
      FROM (SELECT ${care.conditionOn('$5::uuid')} AS "inCare") care
      LEFT JOIN LATERAL (${currentConsentsSql('$5::uuid')}) current ON true`,
  };
}
