import type { FirstContactFact } from './application.repository';
import { minutesToFirstContact } from './application';

/** How long applicants waited for their first contact, in minutes (nearest-rank percentiles). */
export interface WaitStatistics {
  readonly count: number;
  readonly medianMinutes: number;
  readonly p90Minutes: number;
  readonly maxMinutes: number;
}

/** CL-2: no waiting list by design, so the time from application to first contact is what is reported. */
export interface FirstContactReport {
  /** Oslo days, both included. */
  readonly from: string;
  readonly to: string;
  readonly received: number;
  readonly urgent: number;
  readonly open: number;
  readonly converted: number;
  readonly closed: number;
  /** Over the applications that reached a first contact; null when none did. */
  readonly timeToFirstContact: WaitStatistics | null;
  readonly urgentTimeToFirstContact: WaitStatistics | null;
}

export function firstContactReport(
  facts: readonly FirstContactFact[],
  range: { from: string; to: string },
): FirstContactReport {
  const count = (predicate: (fact: FirstContactFact) => boolean) => facts.filter(predicate).length;
  return {
    ...range,
    received: facts.length,
    urgent: count((fact) => fact.urgent),
    open: count((fact) => fact.status === 'received' || fact.status === 'triaged'),
    converted: count((fact) => fact.status === 'converted'),
    closed: count((fact) => fact.status === 'closed'),
    timeToFirstContact: waitStatistics(facts),
    urgentTimeToFirstContact: waitStatistics(facts.filter((fact) => fact.urgent)),
  };
}

function waitStatistics(facts: readonly FirstContactFact[]): WaitStatistics | null {
  const minutes = facts
    .map(minutesToFirstContact)
    .filter((value): value is number => value !== null)
    .sort((a, b) => a - b);
  if (minutes.length === 0) return null;
  const rank = (percent: number) =>
    minutes[Math.ceil((percent / 100) * minutes.length) - 1] as number;
  return {
    count: minutes.length,
    medianMinutes: rank(50),
    p90Minutes: rank(90),
    maxMinutes: minutes[minutes.length - 1] as number,
  };
}
