import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { HandoverNote, ReadReceipt } from './handover-note';

/** Port: handover notes and their read receipts. Every method is tenant-scoped. */
export interface HandoverNoteRepository {
  insert(tenantId: TenantId, note: HandoverNote): Promise<void>;
  find(tenantId: TenantId, clientId: string, noteId: string): Promise<HandoverNote | null>;
  /** Newest first, with receipts. */
  list(tenantId: TenantId, clientId: string, page: PageRequest): Promise<Page<HandoverNote>>;
  /** Records that `reader` read the note, once: a second call returns the first receipt. */
  markRead(request: {
    tenantId: TenantId;
    noteId: string;
    reader: string;
    at: Date;
  }): Promise<ReadReceipt>;
  /**
   * Notes on clients whose primary or back-up contact is `staff`, written by someone else and
   * not yet read by `staff`; oldest first.
   */
  unreadFor(tenantId: TenantId, staff: string, page: PageRequest): Promise<Page<HandoverNote>>;
}
