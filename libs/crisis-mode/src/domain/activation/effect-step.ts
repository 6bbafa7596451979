import { DomainError } from '@lavterskel/kernel';
import { CrisisModeError, CrisisModeErrorCode } from '../crisis-mode-error';

/** The effects of a level change, in the order they apply; a failure names its step. */
export const EFFECT_STEPS = [
  'restore-cohorts',
  'switch-service-modes',
  'apply-cohort-sizes',
  'cancel-tasks',
  'create-tasks',
] as const;
export type EffectStep = (typeof EFFECT_STEPS)[number];

/**
 * Runs one effect; any failure becomes `crisis-mode.effect-failed` naming the step. The caller's
 * transaction then rolls back, so nothing of the change is applied.
 */
export async function effectStep<T>(step: EffectStep, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const cause =
      error instanceof DomainError ? `${error.code}: ${error.message}` : 'an unexpected error';
    throw new CrisisModeError(
      CrisisModeErrorCode.EffectFailed,
      `The step "${step}" failed (${cause}); nothing was applied.`,
      [],
      { step, ...(error instanceof DomainError ? { cause: error.code } : {}) },
    );
  }
}
