import { healthMeasureViolations } from './health-measure';

describe('health measures', () => {
  it('accepts a test with a result and a vaccination without one', () => {
    expect(
      healthMeasureViolations({ kind: 'test', code: 'hepatitis-c', result: 'pending' }),
    ).toEqual([]);
    expect(
      healthMeasureViolations({ kind: 'vaccination', code: 'covid-19', result: null }),
    ).toEqual([]);
  });

  it('names a code of the wrong kind and a misplaced or missing result', () => {
    expect(
      healthMeasureViolations({ kind: 'vaccination', code: 'hiv', result: 'negative' }),
    ).toEqual([
      expect.objectContaining({ field: 'code', rule: 'one-of' }),
      expect.objectContaining({ field: 'result', rule: 'only-for-tests' }),
    ]);
    expect(healthMeasureViolations({ kind: 'test', code: 'hiv', result: null })).toEqual([
      expect.objectContaining({ field: 'result', rule: 'required' }),
    ]);
  });

  it('takes a urine test with who asked for it, and names an unknown requester', () => {
    expect(
      healthMeasureViolations({
        kind: 'test',
        code: 'urine-test',
        result: 'negative',
        requestedBy: 'driving-licence',
      }),
    ).toEqual([]);
    expect(
      healthMeasureViolations({
        kind: 'test',
        code: 'urine-test',
        result: 'negative',
        requestedBy: 'neighbour' as 'self',
      }),
    ).toEqual([expect.objectContaining({ field: 'requestedBy', rule: 'one-of' })]);
  });
});
