import { PHONE_NUMBER, PHONE_NUMBER_MESSAGE } from '../shared/formats';
import { text } from '../shared/text';
import type { Violations } from '../shared/violations';
import {
  MAX_CRISIS_CONTACTS,
  MAX_CRISIS_PLAN_ITEMS,
  MAX_CRISIS_PLAN_ITEM_LENGTH,
  type CrisisPlanContent,
} from './crisis-plan';

const MAX_CONTACT_TEXT_LENGTH = 100;

/** CL-8's rules, each broken one added to `violations`: short lists of short, non-empty items, callable numbers. */
export function validateCrisisPlan(
  content: CrisisPlanContent,
  violations: Violations,
): CrisisPlanContent {
  const list = (field: 'warningSigns' | 'whatHelps') => {
    const items = content[field].map((item) => text(item) ?? '');
    if (items.length > MAX_CRISIS_PLAN_ITEMS)
      violations.add(field, 'max-items', `must hold at most ${MAX_CRISIS_PLAN_ITEMS} items`);
    items.forEach((item, index) => {
      if (item === '') violations.add(`${field}[${index}]`, 'required', 'must not be empty');
      violations.maxLength(`${field}[${index}]`, item, MAX_CRISIS_PLAN_ITEM_LENGTH);
    });
    return items;
  };
  const warningSigns = list('warningSigns');
  const whatHelps = list('whatHelps');
  if (content.whoToCall.length > MAX_CRISIS_CONTACTS) {
    violations.add('whoToCall', 'max-items', `must hold at most ${MAX_CRISIS_CONTACTS} people`);
  }
  const whoToCall = content.whoToCall.map((contact, index) => {
    const field = `whoToCall[${index}]`;
    const entry = {
      name: text(contact.name) ?? '',
      relation: text(contact.relation) ?? '',
      phone: text(contact.phone) ?? '',
    };
    if (entry.name === '') violations.add(`${field}.name`, 'required', 'must name the person');
    if (entry.relation === '')
      violations.add(`${field}.relation`, 'required', 'must say who they are to the client');
    if (!PHONE_NUMBER.test(entry.phone))
      violations.add(`${field}.phone`, 'phone-number', PHONE_NUMBER_MESSAGE);
    violations
      .maxLength(`${field}.name`, entry.name, MAX_CONTACT_TEXT_LENGTH)
      .maxLength(`${field}.relation`, entry.relation, MAX_CONTACT_TEXT_LENGTH);
    return entry;
  });
  return { warningSigns, whatHelps, whoToCall, agreedWithClient: content.agreedWithClient };
}
