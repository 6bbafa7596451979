import type { SqlQueryable } from './audit-chain-verifier';

export interface LinkAuditChainOptions {
  /** Queued rows linked per tenant and transaction: keeps each linking transaction short. Default 5000. */
  batchSize?: number;
  /**
   * Wait for a tenant another linker is working on instead of skipping it, so that every row
   * committed before the call is linked when it returns (`audit:verify`, tests). Default false.
   */
  wait?: boolean;
  /** Transactions per call at most; the rest waits for the next call. Default unbounded. */
  maxRounds?: number;
}

/**
 * Links committed audit rows into their municipality's hash chain (`kernel.link_audit_chain`,
 * one short transaction per round) until none is left, and returns how many it linked. Safe
 * to run in any number of processes at once: a tenant's chain head is locked by one linker at
 * a time, and the others skip it (or, with `wait`, queue for it).
 */
export async function linkAuditChain(
  db: SqlQueryable,
  options: LinkAuditChainOptions = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 5000;
  const maxRounds = options.maxRounds ?? Number.POSITIVE_INFINITY;
  let total = 0;
  for (let round = 0; round < maxRounds; round += 1) {
    const [{ linked }] = (await db.query(`SELECT kernel.link_audit_chain($1, $2) AS linked`, [
      batchSize,
      options.wait ?? false,
    ])) as { linked: number }[];
    total += linked;
    if (linked === 0) break;
  }
  return total;
}
