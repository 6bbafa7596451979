import type { Membership } from './membership';
import type { RosterChanges } from './roster';

/** The membership as saved: with the version the save gave it. */
export function savedMember(changes: RosterChanges, member: Membership): Membership {
  return (
    [...changes.insertedMembers, ...changes.updatedMembers].find(
      (candidate) => candidate.id === member.id,
    ) ?? member
  );
}
