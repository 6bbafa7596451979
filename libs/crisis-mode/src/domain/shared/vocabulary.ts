/**
 * The other libraries' words that a crisis plan speaks. This library imports no other library,
 * so it keeps its own copy; the API's wiring tests that each list matches its owner's.
 */

/** How a service runs (the services library's `ServiceMode`). */
export const SERVICE_MODES = [
  'open',
  'reduced',
  'remote',
  'outdoor-only',
  'delivery-only',
  'closed',
] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];

/** Modes in which clients no longer meet the service in person: they get a follow-up task. */
export const IN_PERSON_STOPPED_MODES: readonly ServiceMode[] = [
  'remote',
  'delivery-only',
  'closed',
];

/** Where a service sits along the chain of help (the services library's `ServiceCategory`). */
export const SERVICE_CATEGORIES = [
  'prevention',
  'low-threshold',
  'treatment-follow-up',
  'aftercare',
  'housing',
  'activity',
  'work',
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/** How staff meet a client (the clients library's encounter channels). */
export const CONTACT_CHANNELS = [
  'office',
  'home-visit',
  'street-outreach',
  'phone',
  'video',
  'walk-and-talk',
  'drop-in',
] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Channels that bring staff and client together physically. */
export const IN_PERSON_CHANNELS: readonly ContactChannel[] = [
  'office',
  'home-visit',
  'street-outreach',
  'walk-and-talk',
  'drop-in',
];

/** Channels that take place outdoors (walk-and-talk, outreach in the street). */
export const OUTDOOR_CHANNELS: readonly ContactChannel[] = ['street-outreach', 'walk-and-talk'];

/** The clients library's vulnerability flags (CL-10). */
export const VULNERABILITY_FLAGS = [
  'overdose-history',
  'pregnancy',
  'no-phone',
  'language-difficulty',
  'homeless',
  'somatic-risk',
  'violence-risk',
] as const;
export type VulnerabilityFlag = (typeof VULNERABILITY_FLAGS)[number];

/** LAR dispensing channels (the services library's `DispensingChannel`). */
export const DISPENSING_CHANNELS = ['counter', 'hatch', 'home-delivery', 'pharmacy'] as const;
export type DispensingChannel = (typeof DISPENSING_CHANNELS)[number];

/** A competency code such as `lar-dispensing`: lower-case words joined by hyphens. */
export const CODE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
