import { GroupsErrorCode } from '../domain/groups-error';
import { GroupsErrorFilter } from './groups-error.filter';

class InspectableFilter extends GroupsErrorFilter {
  statusOf(code: GroupsErrorCode): number {
    return this.status(code);
  }
}

describe('GroupsErrorFilter', () => {
  it.each(Object.values(GroupsErrorCode))('maps %s to a client error status', (code) => {
    const status = new InspectableFilter().statusOf(code);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });
});
