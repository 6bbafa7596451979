import type { FindMergeSurvivor } from '@lavterskel/clients';
import type { Actor } from '@lavterskel/kernel';
import { ProblemException } from '@lavterskel/kernel/nest';

/**
 * A client id another library is handed that the client registry does not know: when it is a
 * client merged into another, refuse with 409 `clients.client-merged` naming the survivor (to a
 * caller with a care relation to the merged client), instead of a plain "no such client".
 */
export async function refuseMergedClient(
  findSurvivor: FindMergeSurvivor,
  query: { actor: Actor; clientId: string },
): Promise<void> {
  const survivorId = await findSurvivor.execute(query);
  if (survivorId === null) return;
  throw new ProblemException({
    status: 409,
    code: 'clients.client-merged',
    title: 'This client was merged into another client; use the survivor’s id.',
    errors: [
      { field: 'clientId', rule: 'not-merged', message: `was merged into client ${survivorId}` },
    ],
    extensions: { clientId: query.clientId, survivorId },
  });
}
