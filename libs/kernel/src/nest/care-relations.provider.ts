import type { OptionalFactoryDependency } from '@nestjs/common';
import type { CareRelations } from '../domain/care-relations';
import { CARE_RELATIONS } from './kernel.tokens';

/** A library module's factory injects this: the application's CARE_RELATIONS, when it provides them globally. */
export const APPLICATION_CARE_RELATIONS: OptionalFactoryDependency = {
  token: CARE_RELATIONS,
  optional: true,
};

/**
 * Need-to-know for a library module: its `careRelations` option, else the application's
 * global CARE_RELATIONS, else its own default. Without any, the application does not start.
 */
export function chooseCareRelations(
  library: string,
  ...candidates: (CareRelations | undefined)[]
): CareRelations {
  const chosen = candidates.find((candidate) => candidate !== undefined);
  if (chosen) return chosen;
  throw new Error(
    `${library} needs to know who serves which client (X-2): pass \`careRelations\` to its forRoot()/forRootAsync(), or provide CARE_RELATIONS in a global module`,
  );
}
