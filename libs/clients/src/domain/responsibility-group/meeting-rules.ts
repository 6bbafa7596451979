import { isCalendarDay, newId, osloDate } from '@lavterskel/kernel';
import { text } from '../shared/text';
import type { Violations } from '../shared/violations';
import { memberOn, type GroupMember } from './responsibility-group';
import {
  MAX_MEETING_ITEMS,
  MAX_MEETING_TEXT_LENGTH,
  MEETING_CHANNELS,
  type FollowUpItem,
  type MeetingChannel,
  type GroupMeeting,
  type MeetingDecision,
} from './responsibility-group-meeting';

export interface MeetingPlanEntry {
  scheduledAt: Date;
  channel: MeetingChannel;
  location: string | null;
}

export interface MeetingMinutesEntry {
  heldAt: Date;
  /** How it was held, if not as planned. */
  channel?: MeetingChannel;
  attendeeMemberIds: readonly string[];
  decisions: readonly { text: string }[];
  followUps: readonly { text: string; responsibleMemberId: string; due: string }[];
  nextMeeting: MeetingPlanEntry | null;
}

function required(violations: Violations, field: string, value: string | undefined): string {
  const trimmed = text(value);
  if (trimmed === null) violations.add(field, 'not-blank', 'must not be blank');
  else violations.maxLength(field, trimmed, MAX_MEETING_TEXT_LENGTH);
  return trimmed ?? '';
}

/** A meeting to plan: a channel of the list, a place or link of reasonable length. */
export function validateMeetingPlan(
  entry: MeetingPlanEntry,
  violations: Violations,
  prefix = '',
): MeetingPlanEntry {
  if (!MEETING_CHANNELS.includes(entry.channel))
    violations.add(`${prefix}channel`, 'is-in', `must be one of: ${MEETING_CHANNELS.join(', ')}`);
  const location = text(entry.location);
  violations.maxLength(`${prefix}location`, location, MAX_MEETING_TEXT_LENGTH);
  return { scheduledAt: entry.scheduledAt, channel: entry.channel, location };
}

/**
 * What is recorded of a held meeting: it has happened; who attended and who is responsible
 * for each follow-up are members of the group on the day; follow-ups are due on or after it;
 * the next meeting comes after this one.
 */
export function validateMeetingMinutes(
  entry: MeetingMinutesEntry,
  context: { members: readonly GroupMember[]; now: Date },
  violations: Violations,
): {
  heldAt: Date;
  channel: MeetingChannel | undefined;
  attendeeMemberIds: string[];
  decisions: MeetingDecision[];
  followUps: FollowUpItem[];
  nextMeeting: MeetingPlanEntry | null;
} {
  if (entry.heldAt.getTime() > context.now.getTime())
    violations.add('heldAt', 'not-in-future', 'must not be in the future');
  const day = osloDate(entry.heldAt);
  const inGroup = new Set(
    context.members.filter((member) => memberOn(member, day)).map((member) => member.id),
  );
  if (entry.channel !== undefined && !MEETING_CHANNELS.includes(entry.channel))
    violations.add('channel', 'is-in', `must be one of: ${MEETING_CHANNELS.join(', ')}`);
  if (entry.attendeeMemberIds.length === 0)
    violations.add('attendeeMemberIds', 'min-items', 'must name at least one attendee');
  entry.attendeeMemberIds.forEach((id, index) => {
    if (!inGroup.has(id))
      violations.add(
        `attendeeMemberIds[${index}]`,
        'member-on-day',
        'must be a member of the group on the day of the meeting',
      );
  });
  if (new Set(entry.attendeeMemberIds).size !== entry.attendeeMemberIds.length)
    violations.add('attendeeMemberIds', 'unique-items', 'must not name an attendee twice');
  for (const list of ['decisions', 'followUps'] as const)
    if (entry[list].length > MAX_MEETING_ITEMS)
      violations.add(list, 'max-items', `must have at most ${MAX_MEETING_ITEMS} items`);
  const decisions = entry.decisions.map((decision, index) => ({
    id: newId(),
    text: required(violations, `decisions[${index}].text`, decision.text),
  }));
  const followUps = entry.followUps.map((item, index) => {
    const field = `followUps[${index}]`;
    if (!inGroup.has(item.responsibleMemberId))
      violations.add(
        `${field}.responsibleMemberId`,
        'member-on-day',
        'must be a member of the group on the day of the meeting',
      );
    if (!isCalendarDay(item.due))
      violations.add(`${field}.due`, 'calendar-date', 'must be a real date, YYYY-MM-DD');
    else if (item.due < day)
      violations.add(`${field}.due`, 'not-before-meeting', 'must not be before the meeting');
    return {
      id: newId(),
      text: required(violations, `${field}.text`, item.text),
      responsibleMemberId: item.responsibleMemberId,
      due: item.due,
    };
  });
  let nextMeeting: MeetingPlanEntry | null = null;
  if (entry.nextMeeting) {
    nextMeeting = validateMeetingPlan(entry.nextMeeting, violations, 'nextMeeting.');
    if (entry.nextMeeting.scheduledAt.getTime() <= entry.heldAt.getTime())
      violations.add(
        'nextMeeting.scheduledAt',
        'after-meeting',
        'must be after the meeting being recorded',
      );
  }
  return {
    heldAt: entry.heldAt,
    channel: entry.channel,
    attendeeMemberIds: [...entry.attendeeMemberIds],
    decisions,
    followUps,
    nextMeeting,
  };
}

/**
 * Minutes name members (attendees, who is responsible for a follow-up): a replacement of the
 * group may end their membership (`validTo`) but not remove them, or the minutes would name
 * nobody.
 */
export function keepMembersOfMinutes(
  members: readonly { id: string }[],
  meetings: readonly GroupMeeting[],
  violations: Violations,
): void {
  const kept = new Set(members.map((member) => member.id));
  const named = new Set(
    meetings.flatMap((meeting) =>
      meeting.minutes
        ? [
            ...meeting.minutes.attendeeMemberIds,
            ...meeting.minutes.followUps.map((item) => item.responsibleMemberId),
          ]
        : [],
    ),
  );
  for (const id of named)
    if (!kept.has(id))
      violations.add(
        'members',
        'keeps-members-of-minutes',
        `must keep member ${id}, named in a meeting's minutes (end the membership with validTo instead)`,
      );
}
