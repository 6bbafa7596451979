/** A FHIR coding a term maps to in exports (CO-5). */
export interface TermCoding {
  readonly system: string;
  readonly code: string;
  readonly display: string;
}

/**
 * One code of a declared tree. Consent to a term covers the term and its descendants,
 * nothing else: "health" covers "wound-care" only because the tree says so.
 */
export interface Term {
  readonly code: string;
  readonly label: string;
  readonly children?: readonly Term[];
  /** The standard code it maps to in a FHIR export, where one exists. */
  readonly fhir?: TermCoding;
}

/** The information categories and purposes a municipality's consents speak of. */
export interface Vocabulary {
  readonly categories: readonly Term[];
  readonly purposes: readonly Term[];
  /** What "may be contacted in a crisis" means (CO-4): this category for this purpose. */
  readonly crisisContact: { readonly category: string; readonly purpose: string };
}

const V3_ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const V3_ACT_REASON = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';

/** The categories and purposes of the issue (CO-1), as declared trees. Codes are never removed. */
export const defaultVocabulary: Vocabulary = {
  categories: [
    { code: 'contact-details', label: 'Contact details (phone, address)' },
    { code: 'location-for-delivery', label: 'Where food or medication can be delivered' },
    { code: 'attendance', label: 'Attendance at services and group sessions' },
    { code: 'crisis-plan', label: 'Personal crisis plan' },
    {
      code: 'health',
      label: 'Health information',
      children: [
        {
          code: 'substance-use',
          label: 'Substance use',
          fhir: {
            system: V3_ACT_CODE,
            code: 'ETH',
            display: 'substance abuse information sensitivity',
          },
        },
        {
          code: 'lar-status',
          label: 'Opioid agonist treatment (LAR) status',
          fhir: {
            system: V3_ACT_CODE,
            code: 'ETH',
            display: 'substance abuse information sensitivity',
          },
        },
        {
          code: 'mental-health',
          label: 'Mental health',
          fhir: {
            system: V3_ACT_CODE,
            code: 'MH',
            display: 'mental health information sensitivity',
          },
        },
        { code: 'wound-care', label: 'Wound care and somatic care' },
      ],
    },
  ],
  purposes: [
    {
      code: 'treatment-coordination',
      label: 'Coordinating treatment and follow-up',
      fhir: { system: V3_ACT_REASON, code: 'COC', display: 'coordination of care' },
    },
    { code: 'crisis-contact', label: 'Reaching the client in a crisis' },
    {
      code: 'contact-tracing',
      label: 'Contact tracing (smittesporing)',
      fhir: { system: V3_ACT_REASON, code: 'PUBHLTH', display: 'public health' },
    },
    {
      code: 'delivery',
      label: 'Delivery to the client',
      children: [
        { code: 'food-delivery', label: 'Delivery of food and equipment' },
        { code: 'medication-delivery', label: 'Delivery of medication' },
      ],
    },
    {
      code: 'relatives-information',
      label: "Informing the client's relatives",
      fhir: { system: V3_ACT_REASON, code: 'FAMRQT', display: 'family requested' },
    },
  ],
  crisisContact: { category: 'contact-details', purpose: 'crisis-contact' },
};

/** One tree, indexed: every code with the codes it is covered by (itself and its ancestors). */
export class TermIndex {
  private readonly coveredBy = new Map<string, ReadonlySet<string>>();
  private readonly terms = new Map<string, Term>();

  constructor(roots: readonly Term[]) {
    const visit = (term: Term, ancestors: readonly string[]) => {
      if (this.terms.has(term.code))
        throw new Error(`The vocabulary declares "${term.code}" twice.`);
      this.terms.set(term.code, term);
      this.coveredBy.set(term.code, new Set([...ancestors, term.code]));
      for (const child of term.children ?? []) visit(child, [...ancestors, term.code]);
    };
    for (const root of roots) visit(root, []);
  }

  has(code: string): boolean {
    return this.terms.has(code);
  }

  term(code: string): Term | undefined {
    return this.terms.get(code);
  }

  /** Does consent to `granted` cover `asked`? Only along the declared tree. */
  covers(granted: string, asked: string): boolean {
    return this.coveredBy.get(asked)?.has(granted) ?? false;
  }

  /** Does consent to any of `granted` cover `asked`? */
  coversAny(granted: readonly string[], asked: string): boolean {
    const coveredBy = this.coveredBy.get(asked);
    return coveredBy !== undefined && granted.some((code) => coveredBy.has(code));
  }
}

export interface CompiledVocabulary {
  readonly vocabulary: Vocabulary;
  readonly categories: TermIndex;
  readonly purposes: TermIndex;
}

const compiled = new WeakMap<Vocabulary, CompiledVocabulary>();

/** The indexed form of `vocabulary`, built once per vocabulary object. */
export function compileVocabulary(vocabulary: Vocabulary): CompiledVocabulary {
  let index = compiled.get(vocabulary);
  if (!index) {
    index = {
      vocabulary,
      categories: new TermIndex(vocabulary.categories),
      purposes: new TermIndex(vocabulary.purposes),
    };
    const { category, purpose } = vocabulary.crisisContact;
    if (!index.categories.has(category) || !index.purposes.has(purpose)) {
      throw new Error(
        'The vocabulary’s crisisContact names a category or purpose it does not declare.',
      );
    }
    compiled.set(vocabulary, index);
  }
  return index;
}
