import { ClientsError, ClientsErrorCode } from '../clients-error';

/**
 * The client was merged into another: its id now stands for the survivor. HTTP answers
 * 308 Permanent Redirect with `Location` on the survivor's path and `details.survivorId`.
 */
export function clientMerged(clientId: string, survivorId: string): ClientsError {
  return new ClientsError(
    ClientsErrorCode.ClientMerged,
    'This client was merged into another client; use the survivor’s id.',
    [{ field: 'clientId', rule: 'not-merged', message: `was merged into client ${survivorId}` }],
    { clientId, survivorId },
  );
}

/** A merge needs a pseudonymous client moving into an identified one. */
export function mergeNotAllowed(field: string, rule: string, message: string): ClientsError {
  return new ClientsError(
    ClientsErrorCode.MergeNotAllowed,
    'These two clients cannot be merged; see errors.',
    [{ field, rule, message }],
  );
}

/** The merge was already reversed: a second reversal would move other records. */
export function mergeAlreadyReversed(mergeId: string): ClientsError {
  return new ClientsError(
    ClientsErrorCode.MergeReversed,
    'This merge was already reversed.',
    [{ field: 'mergeId', rule: 'not-reversed', message: 'was already reversed' }],
    { mergeId },
  );
}
