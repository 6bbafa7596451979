import { Random, seededUuid } from './random';

/** What every part of the generator shares: the tenant, the seed and the day it fills up to. */
export class SeedContext {
  constructor(
    readonly tenant: string,
    readonly seed: number,
    /** The municipality's "today" (Oslo date): history lies before it, rosters around it. */
    readonly today: string,
  ) {}

  random(key: string): Random {
    return new Random(this.seed, key);
  }

  /** The id of row `parts` of `kind` (see `seededUuid`): ascending in generation order. */
  uuid(kind: string, ...parts: number[]): string {
    return seededUuid(this.seed, kind, parts);
  }

  private readonly days = new Map<number, string>();

  /** The date `days` from today (negative: before). */
  day(days: number): string {
    let date = this.days.get(days);
    if (date === undefined) {
      date = addDays(this.today, days);
      this.days.set(days, date);
    }
    return date;
  }

  private readonly mornings = new Map<string, number>();

  /** A moment on `date`, `minutes` after 07:00 Oslo winter time (same Oslo day until 23:00). */
  at(date: string, minutes: number): Date {
    let morning = this.mornings.get(date);
    if (morning === undefined) {
      morning = Date.parse(`${date}T06:00:00.000Z`);
      this.mornings.set(date, morning);
    }
    return new Date(morning + minutes * 60_000);
  }
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}
