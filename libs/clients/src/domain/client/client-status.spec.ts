import { ClientsError, ClientsErrorCode } from '../clients-error';
import { CLIENT_STATUSES, allowedTransitions, assertTransition } from './client-status';

describe('client status state machine (CL-3)', () => {
  it.each([
    ['applicant', 'active'],
    ['applicant', 'discharged'],
    ['active', 'paused'],
    ['active', 'discharged'],
    ['paused', 'active'],
    ['paused', 'discharged'],
    ['discharged', 'active'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it('refuses every other move, naming the allowed ones', () => {
    for (const from of CLIENT_STATUSES) {
      for (const to of CLIENT_STATUSES.filter(
        (status) => !allowedTransitions(from).includes(status),
      )) {
        let thrown: unknown;
        try {
          assertTransition(from, to);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(ClientsError);
        expect(thrown).toMatchObject({
          code: ClientsErrorCode.IllegalStatusTransition,
          details: { from, to, allowedTransitions: allowedTransitions(from) },
        });
      }
    }
  });

  it('never allows staying in the same status', () => {
    for (const status of CLIENT_STATUSES) expect(allowedTransitions(status)).not.toContain(status);
  });
});
