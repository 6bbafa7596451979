import { text } from '../shared/text';
import type { Violations } from '../shared/violations';
import type { EncounterChannel, EncounterOutcome, EncounterTopic } from './encounter';

export const MAX_ENCOUNTER_MINUTES = 720;
export const MAX_ENCOUNTER_NOTE_LENGTH = 2000;

/** What staff log about one encounter. */
export interface EncounterEntry {
  occurredAt: Date;
  channel: EncounterChannel;
  outcome: EncounterOutcome;
  durationMinutes: number | null;
  topics: readonly EncounterTopic[];
  note: string | null;
}

/**
 * CL-5's rules, each broken one added to `violations` under `prefix`: an encounter has
 * happened (not in the future), an attended one has a duration, a missed one has none.
 */
export function validateEncounterEntry(
  entry: EncounterEntry,
  context: { now: Date; prefix?: string },
  violations: Violations,
): EncounterEntry {
  const field = (name: string) => (context.prefix ? `${context.prefix}.${name}` : name);
  const note = text(entry.note);
  if (entry.occurredAt.getTime() > context.now.getTime()) {
    violations.add(
      field('occurredAt'),
      'not-in-future',
      'must not be in the future: the log records what happened',
    );
  }
  if (entry.outcome === 'attended') {
    const minutes = entry.durationMinutes;
    if (
      minutes === null ||
      !Number.isInteger(minutes) ||
      minutes < 1 ||
      minutes > MAX_ENCOUNTER_MINUTES
    ) {
      violations.add(
        field('durationMinutes'),
        'required-when-attended',
        `must be whole minutes from 1 to ${MAX_ENCOUNTER_MINUTES} for an attended encounter`,
      );
    }
  } else if (entry.durationMinutes !== null) {
    violations.add(
      field('durationMinutes'),
      'only-when-attended',
      'must be left out when the encounter did not take place',
    );
  }
  if (new Set(entry.topics).size !== entry.topics.length) {
    violations.add(field('topics'), 'unique-items', 'must not name a topic twice');
  }
  violations.maxLength(field('note'), note, MAX_ENCOUNTER_NOTE_LENGTH);
  return { ...entry, note };
}
