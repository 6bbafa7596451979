import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { ClientRepository } from '../client/client.repository';
import type { HandoverNote, ReadReceipt } from '../handover/handover-note';
import type { HandoverNoteRepository } from '../handover/handover-note.repository';
import { memoryPage } from './memory-page';

export class InMemoryHandoverNoteRepository implements HandoverNoteRepository {
  readonly notes = new Map<string, HandoverNote & { tenantId: TenantId }>();

  constructor(private readonly clients: Pick<ClientRepository, 'isAssignedContact'>) {}

  async insert(tenantId: TenantId, note: HandoverNote): Promise<void> {
    this.notes.set(note.id, { ...note, tenantId });
  }

  async find(tenantId: TenantId, clientId: string, noteId: string): Promise<HandoverNote | null> {
    const note = this.notes.get(noteId);
    if (!note || note.tenantId !== tenantId || note.clientId !== clientId) return null;
    const { tenantId: _, ...found } = note;
    return found;
  }

  async list(tenantId: TenantId, clientId: string, page: PageRequest): Promise<Page<HandoverNote>> {
    return memoryPage(
      this.inTenant(tenantId)
        .filter((note) => note.clientId === clientId)
        .reverse(),
      page,
    );
  }

  async markRead(request: {
    tenantId: TenantId;
    noteId: string;
    reader: string;
    at: Date;
  }): Promise<ReadReceipt> {
    const note = this.notes.get(request.noteId);
    if (!note || note.tenantId !== request.tenantId) throw new Error('no such note');
    const existing = note.readBy.find((receipt) => receipt.reader === request.reader);
    if (existing) return existing;
    const receipt = { reader: request.reader, readAt: request.at };
    this.notes.set(note.id, { ...note, readBy: [...note.readBy, receipt] });
    return receipt;
  }

  async unreadFor(
    tenantId: TenantId,
    staff: string,
    page: PageRequest,
  ): Promise<Page<HandoverNote>> {
    const unread: HandoverNote[] = [];
    for (const note of this.inTenant(tenantId)) {
      if (note.writtenBy === staff || note.readBy.some((receipt) => receipt.reader === staff))
        continue;
      if (await this.clients.isAssignedContact(tenantId, note.clientId, staff)) unread.push(note);
    }
    return memoryPage(unread, page);
  }

  private inTenant(tenantId: TenantId): HandoverNote[] {
    return [...this.notes.values()]
      .filter((note) => note.tenantId === tenantId)
      .map(({ tenantId: _, ...note }) => note);
  }
}
