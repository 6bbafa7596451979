import type { FieldViolation } from '@lavterskel/kernel';
import { ClientsError, ClientsErrorCode } from '../clients-error';

/** Collects every broken rule of one input, so the caller learns all of them at once. */
export class Violations {
  private readonly found: FieldViolation[] = [];

  add(field: string, rule: string, message: string): this {
    this.found.push({ field, rule, message });
    return this;
  }

  /** Adds a `max-length` violation when `value` is longer than `max` characters. */
  maxLength(field: string, value: string | null | undefined, max: number): this {
    if (value !== null && value !== undefined && value.length > max) {
      this.add(field, 'max-length', `must be at most ${max} characters`);
    }
    return this;
  }

  get list(): readonly FieldViolation[] {
    return this.found;
  }

  /** Throws `clients.invalid-input` naming every violation, if there is any. */
  throwIfAny(): void {
    if (this.found.length > 0) throw invalidInput(this.found);
  }
}

export function invalidInput(violations: readonly FieldViolation[]): ClientsError {
  return new ClientsError(
    ClientsErrorCode.InvalidInput,
    'The input breaks one or more rules; see errors.',
    violations,
  );
}
