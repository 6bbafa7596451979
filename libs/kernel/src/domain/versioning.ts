import { KernelError, KernelErrorCode } from './kernel-error';

/** The HTTP entity tag of a record at `version`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * The version an `If-Match` header expects. Updates of mutable records require it:
 * missing is 428, unreadable is 412 (it cannot match any version).
 */
export function expectedVersion(ifMatch: string | undefined): number {
  if (ifMatch === undefined || ifMatch.trim() === '') {
    throw new KernelError(KernelErrorCode.PreconditionRequired, 'Send If-Match with the ETag you read, to update this record.', [
      { field: 'If-Match', rule: 'required', message: 'must carry the ETag of the version being changed' },
    ]);
  }
  const match = /^(?:W\/)?"(\d{1,15})"$/.exec(ifMatch.trim());
  if (!match?.[1]) throw staleVersion();
  return Number(match[1]);
}

/** The record changed since the caller read it (or the ETag was never one of ours). */
export function staleVersion(): KernelError {
  return new KernelError(KernelErrorCode.ConcurrentModification, 'The record has changed since you read it; read it again and retry.', [
    { field: 'If-Match', rule: 'current-version', message: 'does not match the current version' },
  ]);
}
