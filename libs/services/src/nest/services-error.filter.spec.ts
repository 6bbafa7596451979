import { ServicesErrorCode } from '../domain/services-error';
import { ServicesErrorFilter } from './services-error.filter';

class InspectableFilter extends ServicesErrorFilter {
  statusOf(code: ServicesErrorCode): number {
    return this.status(code);
  }
}

describe('ServicesErrorFilter', () => {
  it.each(Object.values(ServicesErrorCode))('maps %s to a client error status', (code) => {
    const status = new InspectableFilter().statusOf(code);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });
});
