import { ClientsError, ClientsErrorCode } from '../clients-error';

export function responsibilityGroupExists(): ClientsError {
  return new ClientsError(
    ClientsErrorCode.ResponsibilityGroupExists,
    'The client already has a responsibility group: replace it instead.',
  );
}

export function meetingAlreadyHeld(): ClientsError {
  return new ClientsError(
    ClientsErrorCode.MeetingAlreadyHeld,
    'The meeting is recorded as held already; its minutes do not change.',
  );
}
