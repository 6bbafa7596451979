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

  it('answers full cohorts with 409, bad slots with 400 and a refused disclosure with 403', () => {
    const filter = new InspectableFilter();
    expect(filter.statusOf(GroupsErrorCode.CohortFull)).toBe(409);
    expect(filter.statusOf(GroupsErrorCode.SlotNotInSchedule)).toBe(400);
    expect(filter.statusOf(GroupsErrorCode.ExposureDisclosureDenied)).toBe(403);
  });
});
