import type { Provider } from '@nestjs/common';
import { combineCareRelations } from '@lavterskel/kernel';
import { CARE_RELATIONS } from '@lavterskel/kernel/nest';

/**
 * Need-to-know: who has a care relation to a client. Each library that knows a kind of
 * relation contributes a source; with none, only an audited break-the-glass opens a record.
 */
export const careRelationsProvider: Provider = {
  provide: CARE_RELATIONS,
  useFactory: () => combineCareRelations(),
};
