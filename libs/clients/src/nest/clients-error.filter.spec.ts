import { ClientsErrorCode } from '../domain/clients-error';
import { ClientsErrorFilter } from './clients-error.filter';

class InspectableFilter extends ClientsErrorFilter {
  statusOf(code: ClientsErrorCode): number {
    return this.status(code);
  }
}

describe('ClientsErrorFilter', () => {
  // A merged client's id is not an error of the caller's: it stands for the survivor now.
  const redirects: readonly ClientsErrorCode[] = [ClientsErrorCode.ClientMerged];

  it.each(Object.values(ClientsErrorCode).filter((code) => !redirects.includes(code)))(
    'maps %s to a client error status',
    (code) => {
      const status = new InspectableFilter().statusOf(code);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    },
  );

  it('maps clients.client-merged to 308 Permanent Redirect', () => {
    expect(new InspectableFilter().statusOf(ClientsErrorCode.ClientMerged)).toBe(308);
  });
});
