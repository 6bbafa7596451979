import { ClientsError, ClientsErrorCode } from '../clients-error';

export function individualPlanExists(): ClientsError {
  return new ClientsError(
    ClientsErrorCode.IndividualPlanExists,
    'The client already has an individual plan: update it instead.',
  );
}
