/** One rule a field broke; `field` is a dotted path into the input (`contacts[0].phone`). */
export interface FieldViolation {
  field: string;
  rule: string;
  message: string;
}

/**
 * Base of every library's error. A library subclasses it with its own code enum
 * (`ConsentError` + `ConsentErrorCode`); its HTTP filter maps each code to a status.
 */
export abstract class DomainError<Code extends string = string> extends Error {
  protected constructor(
    readonly code: Code,
    message: string,
    readonly violations: readonly FieldViolation[] = [],
    /** Non-personal facts a caller may show, e.g. the allowed next states. */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
