import type { ValidationError } from '@nestjs/common';
import { toFieldViolations } from './validation';

describe('toFieldViolations', () => {
  it('gives one violation per broken rule, with dotted and indexed paths', () => {
    const errors: ValidationError[] = [
      { property: 'validTo', constraints: { isDateString: 'validTo must be a date' }, children: [] },
      { property: 'surprise', constraints: { whitelistValidation: 'property surprise should not exist' } },
      {
        property: 'contacts',
        children: [
          {
            property: '0',
            children: [{ property: 'phone', constraints: { isPhoneNumber: 'phone must be a phone number', maxLength: 'too long' } }],
          },
        ],
      },
    ];
    expect(toFieldViolations(errors)).toEqual([
      { field: 'validTo', rule: 'isDateString', message: 'validTo must be a date' },
      { field: 'surprise', rule: 'unknown-property', message: 'is not a known property' },
      { field: 'contacts[0].phone', rule: 'isPhoneNumber', message: 'phone must be a phone number' },
      { field: 'contacts[0].phone', rule: 'maxLength', message: 'too long' },
    ]);
  });
});
