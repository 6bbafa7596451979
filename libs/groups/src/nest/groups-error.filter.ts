import { Catch, HttpStatus } from '@nestjs/common';
import { DomainErrorFilter, assertNever } from '@lavterskel/kernel/nest';
import { GroupsError, GroupsErrorCode } from '../domain/groups-error';

/** problem+json for GroupsError; every code maps to exactly one status. */
@Catch(GroupsError)
export class GroupsErrorFilter extends DomainErrorFilter<GroupsError> {
  protected status(code: GroupsErrorCode): number {
    switch (code) {
      case GroupsErrorCode.InvalidInput:
      case GroupsErrorCode.SlotNotInSchedule:
        return HttpStatus.BAD_REQUEST;
      case GroupsErrorCode.ExposureDisclosureDenied:
        return HttpStatus.FORBIDDEN;
      case GroupsErrorCode.SlotFull:
      case GroupsErrorCode.SlotInUse:
      case GroupsErrorCode.CohortFull:
      case GroupsErrorCode.GroupFull:
      case GroupsErrorCode.AlreadyMember:
      case GroupsErrorCode.NotAMember:
      case GroupsErrorCode.CapacityBelowMembers:
      case GroupsErrorCode.CohortAboveArrangementLimit:
      case GroupsErrorCode.AttendanceTiming:
      case GroupsErrorCode.ArrangementReferenceTaken:
      case GroupsErrorCode.GroupAlreadyRearranged:
      case GroupsErrorCode.ArrangementAlreadyRestored:
      case GroupsErrorCode.RefusedByCrisisPolicy:
        return HttpStatus.CONFLICT;
      default:
        return assertNever(code);
    }
  }
}
