import type request from 'supertest';
import type { TestDatabase } from '@lavterskel/dev-postgres';
import { fixedClock, type Actor, type CareRelations } from '@lavterskel/kernel';
import { CARE_RELATIONS } from '@lavterskel/kernel/nest';
import { startTestApp, type TokenClaims } from '../../testing/test-app';
import { identifiedClient } from '../clients/clients-fixtures';

export const NOW = '2026-11-23T09:00:00.000Z';

/**
 * Care relations the test sets, standing in for the libraries that know real ones (clients:
 * primary contacts; services: enrolments); everything else is the composed API on a real database.
 */
export class TestCareRelations implements CareRelations {
  private readonly pairs = new Set<string>();

  relate(claims: TokenClaims, clientId: string): void {
    this.pairs.add(`${claims.tenant}|${claims.subject}|${clientId}`);
  }

  async hasCareRelation(actor: Actor, clientId: string): Promise<boolean> {
    return this.pairs.has(`${actor.tenantId}|${actor.subject}|${clientId}`);
  }
}

export interface Caller {
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  put(path: string, body?: object): request.Test;
}

export interface ConsentTestApp {
  db: TestDatabase;
  careRelations: TestCareRelations;
  clock: ReturnType<typeof fixedClock>;
  http: () => ReturnType<typeof request>;
  /** Requests with a bearer token for `claims`. */
  as: (claims: TokenClaims) => Promise<Caller>;
  /** Registers a client in the client registry as `claims`, relates them, and returns its id. */
  registerClient: (claims: TokenClaims) => Promise<string>;
  close: () => Promise<void>;
}

/** The composed API on a fresh database, with a fixed clock and test care relations. */
export async function startConsentTestApp(): Promise<ConsentTestApp> {
  const clock = fixedClock(NOW);
  const careRelations = new TestCareRelations();
  const api = await startTestApp({
    clock,
    overrides: [{ provide: CARE_RELATIONS, useValue: careRelations }],
  });
  const as = async (claims: TokenClaims): Promise<Caller> => {
    const token = await api.token(claims);
    const auth = (call: request.Test) => call.set('Authorization', `Bearer ${token}`);
    return {
      get: (path) => auth(api.http().get(path)),
      post: (path, body = {}) => auth(api.http().post(path)).send(body),
      put: (path, body = {}) => auth(api.http().put(path)).send(body),
    };
  };
  return {
    db: api.db,
    careRelations,
    clock,
    http: api.http,
    as,
    registerClient: async (claims) => {
      const registered = await (
        await as(claims)
      )
        .post('/v1/clients', identifiedClient())
        .expect(201);
      careRelations.relate(claims, registered.body.id);
      return registered.body.id;
    },
    close: api.close,
  };
}
