export const MAX_HANDOVER_NOTE_LENGTH = 4000;

/** Who read a handover note, and when. */
export interface ReadReceipt {
  readonly reader: string;
  readonly readAt: Date;
}

/** A note from one shift to the next about a client (CL-6); the next shift confirms reading it. */
export interface HandoverNote {
  readonly id: string;
  readonly clientId: string;
  readonly text: string;
  readonly writtenBy: string;
  readonly writtenAt: Date;
  readonly readBy: readonly ReadReceipt[];
}
