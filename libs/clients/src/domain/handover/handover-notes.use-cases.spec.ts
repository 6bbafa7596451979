import { RegisterClient } from '../client/register-client.use-case';
import { pseudonymousClientDetails } from '../testing/client-details.builder';
import { inMemoryClients, staffActor } from '../testing/in-memory-clients';
import { ListHandoverNotes } from './list-handover-notes.use-case';
import { ListUnreadHandoverNotes } from './list-unread-handover-notes.use-case';
import { MarkHandoverNoteRead } from './mark-handover-note-read.use-case';
import { WriteHandoverNote } from './write-handover-note.use-case';

describe('handover notes with read receipts (CL-6)', () => {
  const day = staffActor('nurse-day');
  const evening = staffActor('nurse-evening');

  it('reaches the next shift’s inbox until they confirm reading it, once', async () => {
    const deps = inMemoryClients();
    const client = await new RegisterClient(deps).execute({
      actor: day,
      details: pseudonymousClientDetails(),
      backupContact: 'nurse-evening',
    });
    const note = await new WriteHandoverNote(deps).execute({
      actor: day,
      clientId: client.id,
      text: '  Did not collect medication; call before 18.  ',
    });
    expect(note.text).toBe('Did not collect medication; call before 18.');

    expect(
      (await new ListUnreadHandoverNotes(deps).execute({ actor: evening, page: {} })).items.map(
        (n) => n.id,
      ),
    ).toEqual([note.id]);
    expect(
      (await new ListUnreadHandoverNotes(deps).execute({ actor: day, page: {} })).items,
    ).toEqual([]);

    const first = await new MarkHandoverNoteRead(deps).execute({
      actor: evening,
      clientId: client.id,
      noteId: note.id,
    });
    deps.clock.set('2026-11-23T20:00:00Z');
    const second = await new MarkHandoverNoteRead(deps).execute({
      actor: evening,
      clientId: client.id,
      noteId: note.id,
    });
    expect(second).toEqual(first);
    expect(
      (await new ListUnreadHandoverNotes(deps).execute({ actor: evening, page: {} })).items,
    ).toEqual([]);
    const listed = await new ListHandoverNotes(deps).execute({
      actor: day,
      clientId: client.id,
      page: {},
    });
    expect(listed.items[0]?.readBy).toEqual([{ reader: 'nurse-evening', readAt: first.readAt }]);
  });

  it('refuses an empty or oversized note', async () => {
    const deps = inMemoryClients();
    const client = await new RegisterClient(deps).execute({
      actor: day,
      details: pseudonymousClientDetails(),
    });
    await expect(
      new WriteHandoverNote(deps).execute({ actor: day, clientId: client.id, text: ' ' }),
    ).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'text', rule: 'required' })],
    });
    await expect(
      new WriteHandoverNote(deps).execute({
        actor: day,
        clientId: client.id,
        text: 'x'.repeat(4001),
      }),
    ).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'text', rule: 'max-length' })],
    });
  });
});
