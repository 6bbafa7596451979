import { compileVocabulary, defaultVocabulary, TermIndex, type Vocabulary } from './vocabulary';

describe('vocabulary', () => {
  const { categories, purposes } = compileVocabulary(defaultVocabulary);

  it('covers a term by itself and its declared ancestors only', () => {
    expect(categories.covers('health', 'wound-care')).toBe(true);
    expect(categories.covers('wound-care', 'wound-care')).toBe(true);
    expect(categories.covers('wound-care', 'health')).toBe(false);
    expect(categories.covers('substance-use', 'lar-status')).toBe(false);
    expect(purposes.covers('delivery', 'food-delivery')).toBe(true);
    expect(purposes.covers('crisis-contact', 'contact-tracing')).toBe(false);
  });

  it('knows no code it does not declare, and covers nothing with one', () => {
    expect(categories.has('healthy')).toBe(false);
    expect(categories.covers('health', 'healthy')).toBe(false);
    expect(categories.coversAny(['health'], 'health-insurance')).toBe(false);
  });

  it('refuses a tree that declares a code twice', () => {
    expect(
      () => new TermIndex([{ code: 'a', label: 'A', children: [{ code: 'a', label: 'A again' }] }]),
    ).toThrow(/twice/);
  });

  it('refuses a crisis-contact definition outside the vocabulary', () => {
    const broken: Vocabulary = {
      ...defaultVocabulary,
      crisisContact: { category: 'contact-details', purpose: 'parties' },
    };
    expect(() => compileVocabulary(broken)).toThrow(/crisisContact/);
  });
});
