import type { Provider } from '@nestjs/common';
import { contactCareCondition } from '@lavterskel/clients/typeorm';
import type { CareRelations, Clock } from '@lavterskel/kernel';
import { CARE_RELATIONS, CLOCK, ENTITY_MANAGER } from '@lavterskel/kernel/nest';
import { SqlCareRelations, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import { enrolmentCareCondition } from '@lavterskel/services/typeorm';

/**
 * Need-to-know (X-2): a care relation known to any library — the clients library knows primary
 * and back-up contacts, the services library which teams' services a client is enrolled in —
 * asked of both in one statement, in the caller's transaction.
 */
export const careRelationsProvider: Provider = {
  provide: CARE_RELATIONS,
  inject: [ENTITY_MANAGER, CLOCK],
  useFactory: (manager: EntityManagerAccessor, clock: Clock): CareRelations =>
    new SqlCareRelations([contactCareCondition, enrolmentCareCondition], { manager, clock }),
};
