/** A meeting of a client's responsibility group: planned, then recorded as held. */
export const MEETING_CHANNELS = ['office', 'video', 'phone', 'outdoors'] as const;
export type MeetingChannel = (typeof MEETING_CHANNELS)[number];

export const MEETING_STATUSES = ['planned', 'held'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export interface MeetingDecision {
  readonly id: string;
  readonly text: string;
}

/** Something to be done after the meeting, by one member of the group, by a day. */
export interface FollowUpItem {
  readonly id: string;
  readonly text: string;
  readonly responsibleMemberId: string;
  /** Oslo day, `YYYY-MM-DD`. */
  readonly due: string;
}

/** What was recorded once the meeting was held. */
export interface MeetingMinutes {
  readonly heldAt: Date;
  /** Members of the group who took part (their membership ids). */
  readonly attendeeMemberIds: readonly string[];
  readonly decisions: readonly MeetingDecision[];
  readonly followUps: readonly FollowUpItem[];
  /** The meeting planned at this one, if any. */
  readonly nextMeetingId: string | null;
  readonly recordedBy: string;
  readonly recordedAt: Date;
}

export interface GroupMeeting {
  readonly id: string;
  readonly clientId: string;
  readonly status: MeetingStatus;
  readonly scheduledAt: Date;
  readonly channel: MeetingChannel;
  /** Where (office, outdoors) or how to join (video, phone). */
  readonly location: string | null;
  readonly plannedBy: string;
  readonly plannedAt: Date;
  /** Null while planned. */
  readonly minutes: MeetingMinutes | null;
}

export const MAX_MEETING_TEXT_LENGTH = 1000;
export const MAX_MEETING_ITEMS = 30;
