import { randomUUID } from 'node:crypto';
import { fixedClock } from '@lavterskel/kernel';
import { startTestApp, type TestApp, type TokenClaims } from '../../testing/test-app';
import { identifiedClient } from '../clients/clients-fixtures';

/** Monday 23 November 2026, 10:00 in Oslo: "today" in every services e2e test. */
export const NOW = '2026-11-23T09:00:00.000Z';
export const TODAY = '2026-11-23';

export const SKIEN = '4003';
export const OSLO = '0301';

export interface ServicesTestApp extends TestApp {
  /** The app's clock, fixed at NOW; a test that moves it puts it back. */
  clock: ReturnType<typeof fixedClock>;
  /** A bearer header for these claims. */
  bearer(claims: TokenClaims): Promise<string>;
  /** Audit rows of the services library for a resource type, oldest first. */
  auditRows(filter: {
    resourceType: string;
    resourceId?: string;
    clientId?: string;
  }): Promise<AuditRow[]>;
  /** Counts rows in a services table (schema `services`). */
  count(table: string, where?: string, params?: unknown[]): Promise<number>;
}

export interface AuditRow {
  tenant_id: string;
  actor_subject: string;
  action: string;
  resource_type: string;
  resource_id: string | null;
  client_id: string | null;
  reason: string | null;
}

export async function startServicesApp(
  options: { env?: Readonly<Record<string, string>> } = {},
): Promise<ServicesTestApp> {
  const clock = fixedClock(NOW);
  const api = await startTestApp({ clock, env: options.env });
  return {
    ...api,
    clock,
    bearer: async (claims) => `Bearer ${await api.token(claims)}`,
    auditRows: (filter) =>
      api.db.dataSource.query(
        `SELECT tenant_id, actor_subject, action, resource_type, resource_id, client_id, reason FROM kernel.audit_event
          WHERE resource_type = $1 AND ($2::text IS NULL OR resource_id = $2) AND ($3::uuid IS NULL OR client_id = $3)
          ORDER BY occurred_at, id`,
        [filter.resourceType, filter.resourceId ?? null, filter.clientId ?? null],
      ),
    count: async (table, where = 'true', params = []) => {
      const [row] = await api.db.dataSource.query(
        `SELECT count(*)::int AS n FROM services.${table} WHERE ${where}`,
        params,
      );
      return row.n as number;
    },
  };
}

/** A team and a service it runs, created through the API by a team lead; returns their ids. */
export async function createTeamAndService(
  api: ServicesTestApp,
  options: {
    tenant?: string;
    name?: string;
    requiredCompetencies?: string[];
    critical?: boolean;
  } = {},
): Promise<{ teamId: string; serviceId: string; lead: string }> {
  const lead = await api.bearer({
    tenant: options.tenant ?? SKIEN,
    roles: ['team-lead'],
    subject: 'lead-per',
  });
  const name = options.name ?? `Service ${randomUUID().slice(0, 8)}`;
  const team = await api
    .http()
    .post('/v1/staff/teams')
    .set('Authorization', lead)
    .send({ name: `Team of ${name}` })
    .expect(201);
  const service = await api
    .http()
    .post('/v1/services')
    .set('Authorization', lead)
    .send({
      teamId: team.body.id,
      name,
      category: 'low-threshold',
      location: { name: 'MMO-senteret', address: 'Kverndalsgata 7, 3717 Skien' },
      openingHours: [{ weekday: 1, opens: '08:30', closes: '15:00' }],
      critical: options.critical ?? true,
      requiredCompetencies: options.requiredCompetencies ?? [],
    })
    .expect(201);
  return { teamId: team.body.id, serviceId: service.body.id, lead };
}

/**
 * Registers a client in the client registry as the holder of `bearer`, who becomes the client's
 * primary contact (a care relation); returns the client's id.
 */
export async function registerClient(api: ServicesTestApp, bearer: string): Promise<string> {
  const response = await api
    .http()
    .post('/v1/clients')
    .set('Authorization', bearer)
    .send(identifiedClient())
    .expect(201);
  return response.body.id as string;
}

export function expectProblem(
  body: { code?: string; errors?: { field: string; rule: string }[] },
  code: string,
  violation?: { field?: string; rule?: string },
) {
  expect(body.code).toBe(code);
  if (violation)
    expect(body.errors).toEqual(expect.arrayContaining([expect.objectContaining(violation)]));
}
