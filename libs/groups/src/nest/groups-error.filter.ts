import { Catch, HttpStatus } from '@nestjs/common';
import { DomainErrorFilter, assertNever } from '@lavterskel/kernel/nest';
import { GroupsError, GroupsErrorCode } from '../domain/groups-error';

/** problem+json for GroupsError; every code maps to exactly one status. */
@Catch(GroupsError)
export class GroupsErrorFilter extends DomainErrorFilter<GroupsError> {
  protected status(code: GroupsErrorCode): number {
    switch (code) {
      case GroupsErrorCode.InvalidInput:
        return HttpStatus.BAD_REQUEST;
      default:
        return assertNever(code);
    }
  }
}
