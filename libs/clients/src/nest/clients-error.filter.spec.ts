import { ClientsErrorCode } from '../domain/clients-error';
import { ClientsErrorFilter } from './clients-error.filter';

class InspectableFilter extends ClientsErrorFilter {
  statusOf(code: ClientsErrorCode): number {
    return this.status(code);
  }
}

describe('ClientsErrorFilter', () => {
  it.each(Object.values(ClientsErrorCode))('maps %s to a client error status', (code) => {
    const status = new InspectableFilter().statusOf(code);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });
});
