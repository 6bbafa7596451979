import { QueryFailedError } from 'typeorm';

/** A unique or primary-key constraint refused the row (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError && (error.driverError as { code?: unknown }).code === '23505'
  );
}
