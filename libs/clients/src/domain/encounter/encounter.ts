/** Where and how staff met the client (CL-5). `walk-and-talk` is outdoors. */
export const ENCOUNTER_CHANNELS = [
  'office',
  'home-visit',
  'street-outreach',
  'phone',
  'video',
  'walk-and-talk',
  'drop-in',
] as const;
export type EncounterChannel = (typeof ENCOUNTER_CHANNELS)[number];

/** The channels an intake conversation takes: by phone, at the office, or outdoors (CL-2). */
export const INTAKE_CHANNELS = [
  'phone',
  'office',
  'walk-and-talk',
] as const satisfies readonly EncounterChannel[];
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

export const ENCOUNTER_TOPICS = [
  'health',
  'mental-health',
  'substance-use',
  'medication',
  'housing',
  'finances',
  'work-and-activity',
  'family-and-network',
  'infection-control',
  'legal',
  'practical-help',
] as const;
export type EncounterTopic = (typeof ENCOUNTER_TOPICS)[number];

/** Did the meeting happen? No-shows and cancellations are logged too. */
export const ENCOUNTER_OUTCOMES = [
  'attended',
  'no-show',
  'cancelled-by-client',
  'cancelled-by-service',
] as const;
export type EncounterOutcome = (typeof ENCOUNTER_OUTCOMES)[number];

export interface Encounter {
  readonly id: string;
  readonly clientId: string;
  /** The service (of the services library) the encounter belongs to, if any; by id only. */
  readonly serviceId: string | null;
  readonly occurredAt: Date;
  readonly channel: EncounterChannel;
  readonly outcome: EncounterOutcome;
  /** Minutes spent; only for an attended encounter. */
  readonly durationMinutes: number | null;
  readonly topics: readonly EncounterTopic[];
  readonly note: string | null;
  /** The vedtak whose granted hours this encounter uses (CL-7). */
  readonly vedtakId: string | null;
  /** The intake conversation of a simple application. */
  readonly intake: boolean;
  readonly recordedBy: string;
  readonly recordedAt: Date;
}
