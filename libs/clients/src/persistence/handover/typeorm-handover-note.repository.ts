import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import { In } from 'typeorm';
import type { HandoverNote, ReadReceipt } from '../../domain/handover/handover-note';
import type { HandoverNoteRepository } from '../../domain/handover/handover-note.repository';
import { ClientEntity } from '../client/client.entity';
import { HandoverNoteEntity } from './handover-note.entity';
import { HandoverReadReceiptEntity } from './handover-read-receipt.entity';

const NEWEST_FIRST = {
  columns: ['n.written_at', 'n.id'],
  key: (row: HandoverNoteEntity) => [row.writtenAt.toISOString(), row.id],
  direction: 'DESC',
} as const;

/** Handover notes and read receipts on PostgreSQL (schema `clients`). */
export class TypeOrmHandoverNoteRepository implements HandoverNoteRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(tenantId: TenantId, note: HandoverNote): Promise<void> {
    await this.manager().insert(HandoverNoteEntity, {
      id: note.id,
      tenantId,
      clientId: note.clientId,
      text: note.text,
      writtenBy: note.writtenBy,
      writtenAt: note.writtenAt,
    });
  }

  async find(tenantId: TenantId, clientId: string, noteId: string): Promise<HandoverNote | null> {
    const row = await this.manager().findOneBy(HandoverNoteEntity, {
      tenantId,
      clientId,
      id: noteId,
    });
    if (!row) return null;
    const [note] = await this.withReceipts([row]);
    return note ?? null;
  }

  async list(tenantId: TenantId, clientId: string, page: PageRequest): Promise<Page<HandoverNote>> {
    const query = this.manager()
      .createQueryBuilder(HandoverNoteEntity, 'n')
      .where('n.tenant_id = :tenantId AND n.client_id = :clientId', { tenantId, clientId });
    const rows = await keysetPage(query, NEWEST_FIRST, page);
    return { items: await this.withReceipts(rows.items), nextCursor: rows.nextCursor };
  }

  async markRead(request: {
    tenantId: TenantId;
    noteId: string;
    reader: string;
    at: Date;
  }): Promise<ReadReceipt> {
    await this.manager()
      .createQueryBuilder()
      .insert()
      .into(HandoverReadReceiptEntity)
      .values({
        noteId: request.noteId,
        reader: request.reader,
        tenantId: request.tenantId,
        readAt: request.at,
      })
      .orIgnore()
      .execute();
    const receipt = await this.manager().findOneByOrFail(HandoverReadReceiptEntity, {
      noteId: request.noteId,
      reader: request.reader,
    });
    return { reader: receipt.reader, readAt: receipt.readAt };
  }

  async unreadFor(
    tenantId: TenantId,
    staff: string,
    page: PageRequest,
  ): Promise<Page<HandoverNote>> {
    const query = this.manager()
      .createQueryBuilder(HandoverNoteEntity, 'n')
      .innerJoin(ClientEntity, 'c', 'c.id = n.client_id AND c.tenant_id = n.tenant_id')
      .where('n.tenant_id = :tenantId', { tenantId })
      .andWhere(
        '(c.primary_contact = :staff OR c.backup_contact = :staff) AND n.written_by <> :staff',
        { staff },
      )
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM "clients"."handover_read_receipt" r WHERE r.note_id = n.id AND r.reader = :staff)`,
      );
    const rows = await keysetPage(query, { ...NEWEST_FIRST, direction: 'ASC' }, page);
    return { items: await this.withReceipts(rows.items), nextCursor: rows.nextCursor };
  }

  private async withReceipts(rows: readonly HandoverNoteEntity[]): Promise<HandoverNote[]> {
    const receipts =
      rows.length === 0
        ? []
        : await this.manager().find(HandoverReadReceiptEntity, {
            where: { noteId: In(rows.map((row) => row.id)) },
            order: { readAt: 'ASC', reader: 'ASC' },
          });
    return rows.map((row) => ({
      id: row.id,
      clientId: row.clientId,
      text: row.text,
      writtenBy: row.writtenBy,
      writtenAt: row.writtenAt,
      readBy: receipts
        .filter((receipt) => receipt.noteId === row.id)
        .map(({ reader, readAt }) => ({ reader, readAt })),
    }));
  }
}
