import { isUuid, type FieldViolation } from '@lavterskel/kernel';
import { MAX_REFERENCE_LENGTH, REFERENCE_PATTERN } from './arrangement';
import { MAX_COHORT_SIZE } from './cohort';

export function referenceViolations(reference: string): FieldViolation[] {
  return reference.length <= MAX_REFERENCE_LENGTH && REFERENCE_PATTERN.test(reference)
    ? []
    : [
        {
          field: 'reference',
          rule: 'reference',
          message: `must be 1 to ${MAX_REFERENCE_LENGTH} letters, digits, '.', '_', ':' or '-', starting with a letter or digit`,
        },
      ];
}

export function arrangementViolations(input: {
  reference: string;
  maxSize: number;
  serviceIds?: readonly string[];
}): FieldViolation[] {
  const violations = referenceViolations(input.reference);
  if (!Number.isInteger(input.maxSize) || input.maxSize < 1 || input.maxSize > MAX_COHORT_SIZE) {
    violations.push({
      field: 'maxSize',
      rule: 'range',
      message: `must be a whole number from 1 to ${MAX_COHORT_SIZE}`,
    });
  }
  input.serviceIds?.forEach((serviceId, index) => {
    if (!isUuid(serviceId))
      violations.push({ field: `serviceIds[${index}]`, rule: 'uuid', message: 'must be a UUID' });
  });
  if (input.serviceIds?.length === 0) {
    violations.push({
      field: 'serviceIds',
      rule: 'min-items',
      message: 'must name at least one service, or be left out for every group',
    });
  }
  return violations;
}
