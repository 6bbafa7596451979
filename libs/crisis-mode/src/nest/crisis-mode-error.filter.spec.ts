import { CrisisModeErrorCode } from '../domain/crisis-mode-error';
import { CrisisModeErrorFilter } from './crisis-mode-error.filter';

class InspectableFilter extends CrisisModeErrorFilter {
  statusOf(code: CrisisModeErrorCode): number {
    return this.status(code);
  }
}

describe('CrisisModeErrorFilter', () => {
  it.each(Object.values(CrisisModeErrorCode))('maps %s to a client error status', (code) => {
    const status = new InspectableFilter().statusOf(code);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });
});
