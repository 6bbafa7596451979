import { ServicesError, ServicesErrorCode } from '../../domain/services-error';

/** A unique name or identity is taken in the municipality. */
export function alreadyExists(field: string, what: string): ServicesError {
  return new ServicesError(
    ServicesErrorCode.AlreadyExists,
    `${what} already exists in your municipality.`,
    [{ field, rule: 'unique', message: `must be unique in your municipality` }],
  );
}
