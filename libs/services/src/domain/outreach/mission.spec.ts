import { ServicesErrorCode } from '../services-error';
import { assertMissionStaffing } from './mission';

describe('mission staffing', () => {
  it('lets one staff member go to a client without a violence-risk flag', () => {
    expect(() => assertMissionStaffing(['anne'], false)).not.toThrow();
  });

  it('needs two different staff for a client with a violence-risk flag', () => {
    expect(() => assertMissionStaffing(['anne', 'ola'], true)).not.toThrow();
    for (const staff of [['anne'], ['anne', 'anne']]) {
      expect(() => assertMissionStaffing(staff, true)).toThrow(
        expect.objectContaining({
          code: ServicesErrorCode.TwoStaffRequired,
          violations: [expect.objectContaining({ field: 'staffIds', rule: 'two-staff-required' })],
        }),
      );
    }
  });
});
