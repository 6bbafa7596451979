import { ConsentErrorCode } from '../domain/consent-error';
import { ConsentErrorFilter } from './consent-error.filter';

class InspectableFilter extends ConsentErrorFilter {
  statusOf(code: ConsentErrorCode): number {
    return this.status(code);
  }
}

describe('ConsentErrorFilter', () => {
  it.each(Object.values(ConsentErrorCode))('maps %s to a client error status', (code) => {
    const status = new InspectableFilter().statusOf(code);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });
});
