import type { TenantId } from '../../domain/tenant-id';
import { refusalAuditEntry, type RefusableRequest } from './refusal-audit';

const actor = { subject: 'nurse-ola', tenantId: '4003' as TenantId, roles: ['staff'], teamIds: [] };
const CLIENT = '0f9a3c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';

describe('refusalAuditEntry', () => {
  it('names the client of a /v1/clients/:id path and keeps the path without its query', () => {
    const request: RefusableRequest = {
      actor,
      method: 'GET',
      path: `/v1/clients/${CLIENT}`,
      params: { id: CLIENT },
      route: { path: '/v1/clients/:id' },
    };
    expect(refusalAuditEntry(request, { status: 404, code: 'not-found' })).toEqual({
      actor,
      action: 'denied',
      resourceType: 'client',
      resourceId: `GET /v1/clients/${CLIENT}`,
      clientId: CLIENT,
      reason: '404 not-found',
    });
  });

  it('names a :clientId anywhere, and nobody for other ids', () => {
    const groups: RefusableRequest = {
      actor,
      params: { groupId: CLIENT },
      route: { path: '/v1/groups/:groupId' },
    };
    expect(refusalAuditEntry(groups, { status: 403, code: 'auth.forbidden' })).toMatchObject({
      resourceType: 'record',
      clientId: undefined,
    });
    const members: RefusableRequest = { actor, params: { clientId: CLIENT } };
    expect(refusalAuditEntry(members, { status: 404, code: 'not-found' })?.clientId).toBe(CLIENT);
  });

  it('leaves anonymous callers and other statuses alone', () => {
    expect(refusalAuditEntry({}, { status: 404, code: 'not-found' })).toBeNull();
    expect(refusalAuditEntry({ actor }, { status: 400, code: 'validation-failed' })).toBeNull();
  });
});
