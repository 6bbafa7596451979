import { ClientsError, ClientsErrorCode } from '../clients-error';

export function feedbackExists(): ClientsError {
  return new ClientsError(
    ClientsErrorCode.FeedbackExists,
    'This encounter already has KOR/FIT feedback: one ORS/SRS form set per session.',
    [{ field: 'encounterId', rule: 'one-feedback-per-session', message: 'already has feedback' }],
  );
}
