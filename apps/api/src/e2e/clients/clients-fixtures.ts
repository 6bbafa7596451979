import { nthSyntheticNationalId } from '@lavterskel/clients/testing';
import type { TestApp } from '../../testing/test-app';

export const SKIEN = '4003';
export const OSLO = '0301';

/** A staff member's bearer token: `staff` in Skien unless told otherwise. */
export function staffToken(
  api: TestApp,
  subject: string,
  options: { tenant?: string; roles?: string[] } = {},
): Promise<string> {
  return api.token({ tenant: options.tenant ?? SKIEN, roles: options.roles ?? ['staff'], subject });
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

let sequence = 100;

/** A fresh valid synthetic fødselsnummer (the API accepts synthetic numbers outside production). */
export function nextNationalId(): string {
  sequence += 1;
  return nthSyntheticNationalId(sequence);
}

/** A valid national id with its last check digit changed: refused with rule `check-digits`. */
export function nationalIdTypo(): string {
  const valid = nextNationalId();
  return `${valid.slice(0, 10)}${(Number(valid[10]) + 1) % 10}`;
}

/** A registration body for an identified client. */
export function identifiedClient(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    nationalId: nextNationalId(),
    givenName: 'Kari',
    familyName: 'Testesen',
    birthDate: '1985-03-14',
    contactChannels: [{ kind: 'mobile', value: '+47 912 34 567' }],
    preferredLanguage: 'nb',
    ...overrides,
  };
}

/** Registers a client as the holder of `token` (who becomes its primary contact); returns the body. */
export async function registerClient(
  api: TestApp,
  token: string,
  body: Record<string, unknown> = identifiedClient(),
) {
  const response = await api.http().post('/v1/clients').set(bearer(token)).send(body).expect(201);
  return response.body as { id: string; version: number; [field: string]: unknown };
}

export interface AuditRow {
  action: string;
  resource_type: string;
  resource_id: string | null;
  client_id: string | null;
  actor_subject: string;
  reason: string | null;
  tenant_id: string;
}

/** Audit rows about one client (or, without it, of one resource type), oldest first. */
export function auditRows(
  api: TestApp,
  filter: { clientId?: string; resourceType?: string; actorSubject?: string },
): Promise<AuditRow[]> {
  return api.db.dataSource.query(
    `SELECT action, resource_type, resource_id, client_id, actor_subject, reason, tenant_id FROM kernel.audit_event
      WHERE ($1::uuid IS NULL OR client_id = $1) AND ($2::text IS NULL OR resource_type = $2) AND ($3::text IS NULL OR actor_subject = $3)
      ORDER BY occurred_at, id`,
    [filter.clientId ?? null, filter.resourceType ?? null, filter.actorSubject ?? null],
  );
}
