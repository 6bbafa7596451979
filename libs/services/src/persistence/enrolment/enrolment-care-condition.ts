import type { CareRelationCondition } from '@lavterskel/kernel/typeorm';

/** This library's care relation in SQL (see EnrolmentCareRelations): the client is enrolled today in a service one of the actor's teams runs. */
export const enrolmentCareCondition: CareRelationCondition = {
  source: 'services.enrolment',
  sql: `EXISTS (SELECT 1 FROM services.enrolment e
    JOIN services.service s ON s.id = e.service_id AND s.tenant_id = e.tenant_id
    WHERE e.tenant_id = $1 AND e.client_id = care.client_id AND s.team_id = ANY($3::uuid[])
      AND e.started_on <= $4::date AND (e.ended_on IS NULL OR e.ended_on >= $4::date))`,
};
