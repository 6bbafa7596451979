import { QueryFailedError } from 'typeorm';

/**
 * Runs a write and turns PostgreSQL's unique violation (23505) on one of `constraints` into
 * the library's own error, so that a race lost to another request is a 409, never a 500.
 */
export async function mapUniqueViolation<T>(
  work: () => Promise<T>,
  constraints: Readonly<Record<string, () => Error>>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const driverError =
      error instanceof QueryFailedError
        ? (error.driverError as { code?: string; constraint?: string })
        : undefined;
    const mapped =
      driverError?.code === '23505' && driverError.constraint
        ? constraints[driverError.constraint]
        : undefined;
    if (mapped) throw mapped();
    throw error;
  }
}
