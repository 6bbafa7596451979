import { createHash } from 'node:crypto';

/** Anything that runs SQL with parameters: a DataSource, an EntityManager, a QueryRunner. */
export interface SqlQueryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export interface AuditChainProblem {
  /** Where the chain breaks: the link's sequence number (1 = the tenant's first audit row). */
  seq: number;
  eventId: string | null;
  kind: 'altered' | 'deleted' | 'link-missing' | 'link-altered' | 'head-mismatch' | 'unchained';
  detail: string;
}

export interface TenantChainReport {
  tenantId: string;
  /** Links checked before the first problem (all of them when there is none). */
  verified: number;
  /** The hash of the tenant's newest link: record it elsewhere to detect a rewrite of the whole chain. */
  headHash: string | null;
  /** Committed audit rows still waiting for the linker (`linkAuditChain`), not yet protected by the chain. */
  unlinked: number;
  problem: AuditChainProblem | null;
}

const GENESIS = '0'.repeat(64);
const PAGE = 1000;

interface LinkRow {
  seq: string;
  event_id: string;
  prev_hash: string;
  hash: string;
  canonical: string | null;
}

/**
 * Walks each tenant's audit hash chain (run it as the owner, who can read the chain tables)
 * and reports, per tenant, the first row that was altered, deleted or slipped in unchained,
 * and how many rows still wait to be linked. Link first (`linkAuditChain`) to check every
 * row committed so far.
 */
export async function verifyAuditChain(db: SqlQueryable): Promise<TenantChainReport[]> {
  const tenants = (await db.query(
    `SELECT tenant_id FROM kernel.audit_chain_head UNION SELECT tenant_id FROM kernel.audit_chain_pending
      UNION SELECT DISTINCT tenant_id FROM kernel.audit_event ORDER BY 1`,
  )) as { tenant_id: string }[];
  const reports: TenantChainReport[] = [];
  for (const { tenant_id: tenantId } of tenants) reports.push(await verifyTenant(db, tenantId));
  return reports;
}

async function verifyTenant(db: SqlQueryable, tenantId: string): Promise<TenantChainReport> {
  let previous = GENESIS;
  let seq = 0;
  const [queue] = (await db.query(
    `SELECT count(e.id)::int AS unlinked, (array_agg(p.event_id ORDER BY p.ord) FILTER (WHERE e.id IS NULL))[1] AS gone
       FROM kernel.audit_chain_pending p LEFT JOIN kernel.audit_event e ON e.id = p.event_id
      WHERE p.tenant_id = $1`,
    [tenantId],
  )) as { unlinked: number; gone: string | null }[];
  const report = (problem: AuditChainProblem | null): TenantChainReport => ({
    tenantId,
    verified: seq,
    headHash: seq === 0 ? null : previous,
    unlinked: queue.unlinked,
    problem,
  });
  for (;;) {
    const links = (await db.query(
      `SELECT l.seq, l.event_id, l.prev_hash, l.hash,
              CASE WHEN e.id IS NULL THEN NULL ELSE kernel.audit_event_canonical(e) END AS canonical
         FROM kernel.audit_chain_link l LEFT JOIN kernel.audit_event e ON e.id = l.event_id
        WHERE l.tenant_id = $1 AND l.seq > $2 ORDER BY l.seq LIMIT ${PAGE}`,
      [tenantId, seq],
    )) as LinkRow[];
    for (const link of links) {
      const at = { seq: Number(link.seq), eventId: link.event_id };
      if (at.seq !== seq + 1) {
        return report({
          seq: seq + 1,
          eventId: null,
          kind: 'link-missing',
          detail: `link ${seq + 1} is gone`,
        });
      }
      if (link.canonical === null) {
        return report({ ...at, kind: 'deleted', detail: `audit row ${link.event_id} was deleted` });
      }
      if (link.prev_hash !== previous) {
        return report({
          ...at,
          kind: 'link-altered',
          detail: `link ${at.seq} does not follow link ${seq}`,
        });
      }
      if (sha256(previous + link.canonical) !== link.hash) {
        return report({
          ...at,
          kind: 'altered',
          detail: `audit row ${link.event_id} was changed after it was written`,
        });
      }
      previous = link.hash;
      seq = at.seq;
    }
    if (links.length < PAGE) break;
  }
  const [head] = (await db.query(
    `SELECT seq, hash FROM kernel.audit_chain_head WHERE tenant_id = $1`,
    [tenantId],
  )) as { seq: string; hash: string }[];
  if (head && (Number(head.seq) !== seq || head.hash !== (seq === 0 ? GENESIS : previous))) {
    return report({
      seq: seq + 1,
      eventId: null,
      kind: 'head-mismatch',
      detail: `the chain head says ${head.seq} rows, the links end at ${seq}: the newest rows were removed`,
    });
  }
  if (queue.gone) {
    return report({
      seq: seq + 1,
      eventId: queue.gone,
      kind: 'deleted',
      detail: `audit row ${queue.gone} was deleted before it was linked`,
    });
  }
  const [stray] = (await db.query(
    `SELECT e.id FROM kernel.audit_event e
      WHERE e.tenant_id = $1 AND NOT EXISTS (SELECT 1 FROM kernel.audit_chain_link l WHERE l.event_id = e.id)
        AND NOT EXISTS (SELECT 1 FROM kernel.audit_chain_pending p WHERE p.event_id = e.id)
      LIMIT 1`,
    [tenantId],
  )) as { id: string }[];
  if (stray) {
    return report({
      seq: seq + 1,
      eventId: stray.id,
      kind: 'unchained',
      detail: `audit row ${stray.id} is not in the chain (written while the queueing trigger was off)`,
    });
  }
  return report(null);
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
