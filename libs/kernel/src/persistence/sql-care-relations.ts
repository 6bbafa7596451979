import { createHash } from 'node:crypto';
import type { Actor } from '../domain/actor';
import type { CareRelations, CareRelationsInStatement } from '../domain/care-relations';
import type { Clock } from '../domain/clock';
import { osloDate } from '../domain/oslo-calendar';
import { isUuid } from '../domain/uuid';
import type { EntityManagerAccessor } from './entity-manager-accessor';
import { queryPrepared, type PreparedStatement } from './prepared-query';

/**
 * One library's care relation as a boolean SQL expression, so that the application can
 * ask every library's relation of a list of clients in one statement. It may use:
 * `care.client_id` (uuid, the client asked about), `$1` the actor's tenant, `$2` the actor's
 * subject, `$3` the actor's team ids (uuid[], only well-formed ids) and `$4` today's Oslo date.
 * Each expression filters on `tenant_id = $1` itself; row-level security holds it as well.
 */
export interface CareRelationCondition {
  /** Names the source in the prepared statement's name, e.g. `clients.contact`. */
  readonly source: string;
  readonly sql: string;
}

/**
 * Care relations from several libraries' conditions, asked in one round trip: a client is in
 * care when any condition holds. Runs in the caller's transaction when there is one.
 */
export class SqlCareRelations implements CareRelations, CareRelationsInStatement {
  private readonly statement: PreparedStatement;
  private readonly anyCondition: string;
  readonly key: string;
  readonly inStatement: CareRelationsInStatement = this;

  constructor(
    conditions: readonly CareRelationCondition[],
    private readonly ports: { manager: EntityManagerAccessor; clock: Clock },
  ) {
    if (conditions.length === 0) throw new Error('care relations need at least one condition');
    this.anyCondition = conditions.map((condition) => `(${condition.sql})`).join('\n   OR ');
    const sources = conditions.map((condition) => condition.source).join('+');
    // Short: it goes into other statements' names, which PostgreSQL cuts at 63 characters.
    this.key = `care-${createHash('sha256').update(sources).digest('hex').slice(0, 10)}`;
    this.statement = {
      name: `care-relations:${sources}`,
      text: `SELECT care.client_id FROM unnest($5::uuid[]) AS care(client_id)
        WHERE ${this.anyCondition}`,
    };
  }

  /**
   * The relation as a condition on the client id `clientIdSql` inside another statement, so
   * that a list is filtered where it is queried (one statement, a full page). The statement's
   * parameters $1–$4 must be `parametersFor(actor)`; its own follow from $5.
   */
  conditionOn(clientIdSql: string): string {
    return `EXISTS (SELECT 1 FROM (VALUES (${clientIdSql})) AS care(client_id)
      WHERE ${this.anyCondition})`;
  }

  /** $1–$4 of a statement using `conditionOn`. */
  parametersFor(actor: Actor): unknown[] {
    return [
      actor.tenantId,
      actor.subject,
      actor.teamIds.filter(isUuid),
      osloDate(this.ports.clock.now()),
    ];
  }

  async hasCareRelation(actor: Actor, clientId: string): Promise<boolean> {
    return (await this.clientsInCare(actor, [clientId])).has(clientId);
  }

  async clientsInCare(actor: Actor, clientIds: readonly string[]): Promise<ReadonlySet<string>> {
    const ids = [...new Set(clientIds.filter(isUuid))];
    if (ids.length === 0) return new Set();
    const rows = await queryPrepared<{ client_id: string }>(this.ports.manager(), this.statement, [
      ...this.parametersFor(actor),
      ids,
    ]);
    const found = new Set(rows.map((row) => row.client_id));
    // PostgreSQL answers uuids in lower case; the caller's spelling is what it looks up.
    return new Set(ids.filter((id) => found.has(id.toLowerCase())));
  }
}
