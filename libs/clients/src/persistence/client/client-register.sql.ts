import type { PreparedStatement } from '@lavterskel/kernel/typeorm';

/** The client with this national id, if the tenant has one: $1 tenant, $2 national id. */
export const CLIENT_ID_BY_NATIONAL_ID: PreparedStatement = {
  name: 'clients.client-id-by-national-id',
  text: `SELECT c.id FROM clients.client c WHERE c.tenant_id = $1 AND c.national_id = $2`,
};

/**
 * A new client and their first status change in one statement (the foreign key from the status
 * change is checked at the statement's end, when the client row is there). $1–$21: the client's
 * columns in this order; $22–$27: the status change's id, from, to, reason, by and at.
 */
export const INSERT_CLIENT: PreparedStatement = {
  name: 'clients.insert-client',
  text: `WITH client AS (
      INSERT INTO clients.client (id, tenant_id, national_id, national_id_kind, given_name,
        family_name, alias, birth_year, birth_date, contact_channels, preferred_language,
        interpreter_needed, status, primary_contact, backup_contact, application_id, sort_name,
        search_text, version, created_at, updated_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, $14, $15, $16, $17,
        $18, $19, $20, $21)
      RETURNING id, tenant_id)
    INSERT INTO clients.client_status_change (id, tenant_id, client_id, from_status, to_status,
      reason, changed_by, changed_at)
    SELECT $22::uuid, client.tenant_id, client.id, $23::varchar, $24::varchar, $25::varchar,
      $26::varchar, $27::timestamptz
    FROM client`,
};
