import { clientsPersistence } from '@lavterskel/clients/typeorm';
import { consentPersistence } from '@lavterskel/consent/typeorm';
import { crisisModePersistence } from '@lavterskel/crisis-mode/typeorm';
import { groupsPersistence } from '@lavterskel/groups/typeorm';
import { kernelPersistence, type LibraryPersistence } from '@lavterskel/kernel/typeorm';
import { servicesPersistence } from '@lavterskel/services/typeorm';

/** Every library whose tables this API's database holds. */
export const libraries: readonly LibraryPersistence[] = [
  kernelPersistence,
  clientsPersistence,
  servicesPersistence,
  groupsPersistence,
  consentPersistence,
  crisisModePersistence,
];
