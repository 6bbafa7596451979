import type { CareRelationCondition } from '@lavterskel/kernel/typeorm';

/** This library's care relation in SQL (see AssignedContactCareRelations): the actor is the client's primary or back-up contact. */
export const contactCareCondition: CareRelationCondition = {
  source: 'clients.contact',
  sql: `EXISTS (SELECT 1 FROM clients.client c
    WHERE c.tenant_id = $1 AND c.id = care.client_id AND (c.primary_contact = $2 OR c.backup_contact = $2))`,
};
