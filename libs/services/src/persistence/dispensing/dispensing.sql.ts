import type { CareRelationsInStatement } from '@lavterskel/kernel';
import type { PreparedStatement } from '@lavterskel/kernel/typeorm';

/**
 * The statements of every recorded dispensing, named so PostgreSQL plans them once per
 * connection. Columns are aliased to the entities' property names, so rows map like entities;
 * dates come as text and `numeric` as a string, as TypeORM hydrates them.
 */
const PRESCRIPTION_COLUMNS = `p.id, p.tenant_id AS "tenantId", p.client_id AS "clientId",
  p.service_id AS "serviceId", p.medication, p.daily_dose_mg AS "dailyDoseMg",
  p.valid_from::text AS "validFrom", p.valid_to::text AS "validTo", p.place,
  p.pharmacy_id AS "pharmacyId", p.prescriber, p.created_by AS "createdBy",
  p.created_at AS "createdAt"`;

const SELECT_PRESCRIPTION = `SELECT ${PRESCRIPTION_COLUMNS}
  FROM services.prescription p WHERE p.tenant_id = $1 AND p.id = $2`;

/** One prescription: $1 tenant, $2 id. */
export const FIND_PRESCRIPTION: PreparedStatement = {
  name: 'services.find-prescription',
  text: SELECT_PRESCRIPTION,
};

/** The same, its row locked until the transaction ends. */
export const LOCK_PRESCRIPTION: PreparedStatement = {
  name: 'services.lock-prescription',
  text: `${SELECT_PRESCRIPTION} FOR UPDATE`,
};

/** One prescription with the caller's care relation to its client as `inCare`: $1–$4 the care condition's, $5 id. */
export function findPrescriptionInCareStatement(care: CareRelationsInStatement): PreparedStatement {
  return {
    name: `services.prescription-in-care:${care.key}`,
    text: `SELECT ${PRESCRIPTION_COLUMNS}, ${care.conditionOn('p.client_id')} AS "inCare"
      FROM services.prescription p WHERE p.tenant_id = $1 AND p.id = $5`,
  };
}

/** A dispensing event; the once-a-day unique index refuses a second live one on a day. */
export const INSERT_DISPENSING: PreparedStatement = {
  name: 'services.insert-dispensing',
  text: `INSERT INTO services.dispensing_event (id, tenant_id, prescription_id, client_id,
      dispensing_date, dispensed_at, channel, dose_mg, dispensed_by, corrects_event_id, voided_at,
      voided_by, void_reason, created_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
};
