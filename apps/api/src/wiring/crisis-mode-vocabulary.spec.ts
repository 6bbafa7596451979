import { ENCOUNTER_CHANNELS, VULNERABILITY_FLAG_CODES } from '@lavterskel/clients';
import * as crisis from '@lavterskel/crisis-mode';
import { DISPENSING_CHANNELS, SERVICE_CATEGORIES, SERVICE_MODES } from '@lavterskel/services';

/**
 * Crisis mode keeps its own copy of the words it shares with the other libraries (it imports
 * none of them). A plan saved with a word the owner no longer knows would never apply: each
 * copy must equal its owner's list, in the same order.
 */
describe('crisis-mode vocabulary equals its owner libraries’ lists', () => {
  it.each([
    ['SERVICE_MODES', crisis.SERVICE_MODES, SERVICE_MODES],
    ['SERVICE_CATEGORIES', crisis.SERVICE_CATEGORIES, SERVICE_CATEGORIES],
    ['CONTACT_CHANNELS', crisis.CONTACT_CHANNELS, ENCOUNTER_CHANNELS],
    ['VULNERABILITY_FLAGS', crisis.VULNERABILITY_FLAGS, VULNERABILITY_FLAG_CODES],
    ['DISPENSING_CHANNELS', crisis.DISPENSING_CHANNELS, DISPENSING_CHANNELS],
  ])('%s', (_name, copy, owner) => {
    expect([...copy]).toEqual([...owner]);
  });

  it('keeps its derived lists inside the lists they derive from', () => {
    expect(crisis.CONTACT_CHANNELS).toEqual(expect.arrayContaining([...crisis.IN_PERSON_CHANNELS]));
    expect(crisis.IN_PERSON_CHANNELS).toEqual(expect.arrayContaining([...crisis.OUTDOOR_CHANNELS]));
    expect(crisis.SERVICE_MODES).toEqual(
      expect.arrayContaining([...crisis.IN_PERSON_STOPPED_MODES]),
    );
  });
});
