import type { ClientMergeParticipant } from '@lavterskel/kernel';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import { consentClientMergeParticipant } from '@lavterskel/consent/typeorm';
import { crisisClientMergeParticipant } from '@lavterskel/crisis-mode/typeorm';
import { groupsClientMergeParticipant } from '@lavterskel/groups/typeorm';
import { servicesClientMergeParticipant } from '@lavterskel/services/typeorm';

/**
 * The other libraries' shares of a client merge (the clients library runs its own first). Each
 * works on the request's transaction through the shared EntityManager accessor, so a merge or
 * its reversal moves every library's records or none. A library with new client-keyed tables
 * lists them in its own `…-client-merge.ts`; a new library adds its participant here.
 */
export function clientMergeParticipants(
  manager: EntityManagerAccessor,
): readonly ClientMergeParticipant[] {
  return [
    servicesClientMergeParticipant(manager),
    groupsClientMergeParticipant(manager),
    consentClientMergeParticipant(manager),
    crisisClientMergeParticipant(manager),
  ];
}
