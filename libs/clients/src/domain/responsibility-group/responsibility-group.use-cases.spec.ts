import { newId } from '@lavterskel/kernel';
import { RegisterClient } from '../client/register-client.use-case';
import { AddRelative } from '../relative/add-relative.use-case';
import { pseudonymousClientDetails } from '../testing/client-details.builder';
import { inMemoryClients, staffActor, type InMemoryClients } from '../testing/in-memory-clients';
import { CreateResponsibilityGroup } from './create-responsibility-group.use-case';
import type {
  ExternalDisclosureRequest,
  ExternalSharingAnswer,
  ExternalSharingCheck,
  ExternalSharingRequest,
} from './external-sharing-check';
import { GetResponsibilityGroup } from './get-responsibility-group.use-case';
import { ListGroupMeetings } from './list-group-meetings.use-case';
import { PlanGroupMeeting } from './plan-group-meeting.use-case';
import { RecordGroupMeeting } from './record-group-meeting.use-case';
import { ReplaceResponsibilityGroup } from './replace-responsibility-group.use-case';
import type { OrganisationKind } from './responsibility-group';
import type { MemberEntry } from './responsibility-group-rules';

const DPS = '974707152';
const NAV = '889640782';

/** Consents in memory: `organisationNumber:category` pairs the client permits. */
class ConsentsInMemory implements ExternalSharingCheck {
  readonly permits = new Set<string>();
  readonly asked: ExternalSharingRequest[] = [];
  readonly disclosed: ExternalDisclosureRequest[] = [];
  async decide(request: ExternalSharingRequest): Promise<ExternalSharingAnswer> {
    this.asked.push(request);
    if (request.category === 'horoscope') return { kind: 'unknown-category' };
    return {
      kind: 'decided',
      decisionId: newId(),
      permitted: this.permits.has(`${request.organisationNumber}:${request.category}`),
    };
  }
  async recordDisclosure(request: ExternalDisclosureRequest): Promise<void> {
    this.disclosed.push(request);
  }
}

const nurse = staffActor('nurse-anne');
const coordinator: MemberEntry = {
  kind: 'staff',
  subject: 'nurse-anne',
  name: 'Anne Sykepleier',
  coordinator: true,
  validFrom: '2026-11-01',
  validTo: null,
};
const external = (
  organisationNumber: string | null,
  kind: OrganisationKind = 'dps',
): MemberEntry => ({
  kind: 'external',
  organisation: { kind, name: `Org ${organisationNumber ?? 'unknown'}`, organisationNumber },
  name: 'Dr. Berg',
  phone: '+47 35 00 00 00',
  email: null,
  validFrom: '2026-11-01',
  validTo: null,
});

async function setUp(sharing?: ConsentsInMemory) {
  const base = inMemoryClients();
  const deps: InMemoryClients = sharing ? { ...base, externalSharing: sharing } : base;
  const client = await new RegisterClient(deps).execute({
    actor: nurse,
    details: pseudonymousClientDetails(),
  });
  return { deps, clientId: client.id };
}

describe('responsibility group (ansvarsgruppe)', () => {
  it('lists an external without a permit as not yet consented, records the decision ids, and reads without asking again', async () => {
    const consents = new ConsentsInMemory();
    consents.permits.add(`${DPS}:health`).add(`${DPS}:attendance`).add(`${NAV}:attendance`);
    const { deps, clientId } = await setUp(consents);
    const group = await new CreateResponsibilityGroup(deps).execute({
      actor: nurse,
      clientId,
      categories: ['health', 'attendance'],
      members: [
        coordinator,
        external(DPS),
        external(NAV, 'nav'),
        external(null, 'gp'),
        { kind: 'client', validFrom: '2026-11-01', validTo: null },
      ],
    });
    const [, dps, nav, gp] = group.members;
    expect(dps).toMatchObject({ kind: 'external', consent: { status: 'permitted' } });
    expect(dps?.kind === 'external' && dps.consent.decisions.map((d) => d.category)).toEqual([
      'health',
      'attendance',
    ]);
    // NAV may see attendance but not health: not every category is permitted.
    expect(nav).toMatchObject({ consent: { status: 'not-yet-consented' } });
    expect(nav?.kind === 'external' && nav.consent.decisions.map((d) => d.permitted)).toEqual([
      false,
      true,
    ]);
    // Without an organisation number nothing can be asked; the GP is listed all the same.
    expect(gp).toMatchObject({ consent: { status: 'not-yet-consented', decisions: [] } });
    expect(group.members).toHaveLength(5);
    expect(consents.asked).toHaveLength(4);
    expect(consents.asked.every((ask) => ask.purpose === 'treatment-coordination')).toBe(true);

    const read = await new GetResponsibilityGroup(deps).execute({ actor: nurse, clientId });
    expect(read.members).toEqual(group.members);
    expect(consents.asked).toHaveLength(4);
    expect(
      deps.auditEntries
        .filter((e) => e.resourceType === 'responsibility-group')
        .map((e) => e.action),
    ).toEqual(['create', 'read']);
  });

  it('without a consent library every external member is not yet consented', async () => {
    const { deps, clientId } = await setUp();
    const group = await new CreateResponsibilityGroup(deps).execute({
      actor: nurse,
      clientId,
      categories: ['health'],
      members: [coordinator, external(DPS)],
    });
    expect(group.members[1]).toMatchObject({
      consent: { status: 'not-yet-consented', decisions: [] },
    });
  });

  it('needs exactly one coordinator, a staff member in the group today, and names each broken rule', async () => {
    const consents = new ConsentsInMemory();
    const { deps, clientId } = await setUp(consents);
    const create = (categories: string[], members: MemberEntry[]) =>
      new CreateResponsibilityGroup(deps)
        .execute({ actor: nurse, clientId, categories, members })
        .then(
          () => [],
          (error: { violations: { field: string; rule: string }[] }) =>
            error.violations.map((v) => `${v.field}:${v.rule}`),
        );
    expect(await create(['health'], [{ ...coordinator, coordinator: false }])).toEqual([
      'members:one-coordinator',
    ]);
    expect(
      await create(['health'], [coordinator, { ...coordinator, subject: 'nurse-ola' }]),
    ).toEqual(['members:one-coordinator']);
    expect(await create(['health'], [{ ...coordinator, validTo: '2026-11-10' }])).toEqual([
      'members[0].coordinator:coordinator-in-group',
    ]);
    expect(
      await create(
        ['health', 'Health', 'health'],
        [
          coordinator,
          { ...external('123456789'), coordinator: true },
          { kind: 'relative', relativeId: newId(), validFrom: '2026-11-01', validTo: '2026-10-01' },
          coordinator,
        ],
      ),
    ).toEqual(
      expect.arrayContaining([
        'categories[1]:category-code',
        'categories:unique-items',
        'members[1].coordinator:staff-only',
        'members[1].organisation.organisationNumber:organisation-number',
        'members[2].relativeId:known-relative',
        'members[2].validTo:not-before-from',
        'members[3]:unique-member',
      ]),
    );
    expect(
      await create(['health', 'horoscope'], [coordinator, external(DPS), external(NAV)]),
    ).toEqual(['categories[1]:known-category']);
    await expect(
      new GetResponsibilityGroup(deps).execute({ actor: nurse, clientId }),
    ).rejects.toThrow();
  });

  it('takes a relative from the client registry, keeps member ids on replace, and refuses unknown ids', async () => {
    const { deps, clientId } = await setUp(new ConsentsInMemory());
    const sister = await new AddRelative(deps).execute({
      actor: nurse,
      clientId,
      name: 'Kari Nordmann',
      relationship: 'sibling',
      roles: ['trusted-person'],
      phone: null,
      email: null,
      note: null,
    });
    const group = await new CreateResponsibilityGroup(deps).execute({
      actor: nurse,
      clientId,
      categories: ['health'],
      members: [
        coordinator,
        { kind: 'relative', relativeId: sister.id, validFrom: '2026-11-01', validTo: null },
      ],
    });
    expect(group.members[1]).toMatchObject({ kind: 'relative', name: 'Kari Nordmann' });
    const replaced = await new ReplaceResponsibilityGroup(deps).execute({
      actor: nurse,
      clientId,
      expectedVersion: 1,
      categories: ['health'],
      members: [{ ...coordinator, id: group.members[0]?.id }],
    });
    expect(replaced).toMatchObject({ version: 2, members: [{ id: group.members[0]?.id }] });
    await expect(
      new ReplaceResponsibilityGroup(deps).execute({
        actor: nurse,
        clientId,
        expectedVersion: 2,
        categories: ['health'],
        members: [{ ...coordinator, id: newId() }],
      }),
    ).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'members[0].id', rule: 'known-member' })],
    });
  });

  it('accepts minutes with an external attendee nothing could be shared with, names them and discloses nothing to them', async () => {
    const consents = new ConsentsInMemory();
    consents.permits.add(`${DPS}:health`);
    const { deps, clientId } = await setUp(consents);
    const group = await new CreateResponsibilityGroup(deps).execute({
      actor: nurse,
      clientId,
      categories: ['health', 'attendance'],
      members: [coordinator, external(DPS), external(NAV, 'nav'), external(null, 'gp')],
    });
    const [anne, dps, nav, gp] = group.members.map((member) => member.id as string);
    const planned = await new PlanGroupMeeting(deps).execute({
      actor: nurse,
      clientId,
      scheduledAt: new Date('2026-11-23T08:00:00Z'),
      channel: 'office',
      location: null,
    });
    const { meeting } = await new RecordGroupMeeting(deps).execute({
      actor: nurse,
      clientId,
      meetingId: planned.id,
      heldAt: new Date('2026-11-23T08:00:00Z'),
      attendeeMemberIds: [anne, dps, nav, gp] as string[],
      decisions: [],
      followUps: [],
      nextMeeting: null,
    });
    // The DPS may have health, not attendance: shared what was permitted. NAV (nothing
    // permitted) and the GP (no organisation number, nothing asked) got nothing lawfully.
    expect(meeting.minutes?.unconsentedAttendeeMemberIds).toEqual([nav, gp]);
    expect(consents.disclosed.map((d) => [d.organisationName, d.category])).toEqual([
      [`Org ${DPS}`, 'health'],
    ]);
    const [stored] = await new ListGroupMeetings(deps).execute({ actor: nurse, clientId });
    expect(stored?.minutes?.unconsentedAttendeeMemberIds).toEqual([nav, gp]);
  });

  it('records a planned meeting as held with attendees, decisions, follow-ups and the next meeting, once; consents are asked anew', async () => {
    const consents = new ConsentsInMemory();
    const { deps, clientId } = await setUp(consents);
    const group = await new CreateResponsibilityGroup(deps).execute({
      actor: nurse,
      clientId,
      categories: ['health'],
      members: [coordinator, external(DPS), { ...external(NAV, 'nav'), validFrom: '2026-12-01' }],
    });
    const [anne, dps, nav] = group.members.map((member) => member.id);
    expect(group.members[1]).toMatchObject({ consent: { status: 'not-yet-consented' } });
    const planned = await new PlanGroupMeeting(deps).execute({
      actor: nurse,
      clientId,
      scheduledAt: new Date('2026-11-23T08:00:00Z'),
      channel: 'video',
      location: 'https://meet.example/abc',
    });
    expect(planned).toMatchObject({ status: 'planned', channel: 'video', minutes: null });

    const record = (overrides: Record<string, unknown> = {}) =>
      new RecordGroupMeeting(deps).execute({
        actor: nurse,
        clientId,
        meetingId: planned.id,
        heldAt: new Date('2026-11-23T08:00:00Z'),
        attendeeMemberIds: [anne as string, dps as string],
        decisions: [{ text: ' Start job trial in January ' }],
        followUps: [
          { text: 'Apply for job trial', responsibleMemberId: anne as string, due: '2026-12-15' },
        ],
        nextMeeting: {
          scheduledAt: new Date('2027-01-20T09:00:00Z'),
          channel: 'office',
          location: null,
        },
        ...overrides,
      });
    // NAV joins only in December: not a member on the day.
    await expect(
      record({
        attendeeMemberIds: [nav],
        followUps: [{ text: 'x', responsibleMemberId: nav, due: '2026-11-01' }],
        heldAt: new Date('2026-11-24T08:00:00Z'),
      }),
    ).rejects.toMatchObject({
      violations: [
        expect.objectContaining({ field: 'heldAt', rule: 'not-in-future' }),
        expect.objectContaining({ field: 'attendeeMemberIds[0]', rule: 'member-on-day' }),
        expect.objectContaining({
          field: 'followUps[0].responsibleMemberId',
          rule: 'member-on-day',
        }),
        expect.objectContaining({ field: 'followUps[0].due', rule: 'not-before-meeting' }),
      ],
    });

    consents.permits.add(`${DPS}:health`);
    const asked = consents.asked.length;
    expect(consents.disclosed).toEqual([]);
    const { meeting, nextMeeting } = await record();
    expect(meeting).toMatchObject({
      status: 'held',
      minutes: {
        decisions: [{ text: 'Start job trial in January' }],
        nextMeetingId: nextMeeting?.id,
        unconsentedAttendeeMemberIds: [],
      },
    });
    // Only the attending external (the DPS) is asked anew; absent NAV is not.
    expect(consents.asked.length).toBe(asked + 1);
    const after = await new GetResponsibilityGroup(deps).execute({ actor: nurse, clientId });
    expect(after.members[1]).toMatchObject({ consent: { status: 'permitted' } });
    // The DPS attended and was permitted: one disclosure on this recording's decision. NAV did not attend.
    const dpsDecision =
      after.members[1]?.kind === 'external' && after.members[1].consent.decisions[0];
    expect(consents.disclosed).toEqual([
      {
        actor: nurse,
        decisionId: dpsDecision && dpsDecision.decisionId,
        category: 'health',
        organisationName: `Org ${DPS}`,
        meetingDay: '2026-11-23',
      },
    ]);
    expect(after.version).toBe(1);
    await expect(record()).rejects.toMatchObject({ code: 'clients.meeting-already-held' });
    const list = await new ListGroupMeetings(deps).execute({ actor: nurse, clientId });
    expect(list.map((m) => m.status)).toEqual(['planned', 'held']);

    // The DPS doctor attended: their membership can end, not vanish from the group.
    const without = [
      { ...coordinator, id: anne },
      { ...external(NAV, 'nav'), id: nav, validFrom: '2026-12-01' },
    ];
    await expect(
      new ReplaceResponsibilityGroup(deps).execute({
        actor: nurse,
        clientId,
        expectedVersion: 1,
        categories: ['health'],
        members: without,
      }),
    ).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'members', rule: 'keeps-members-of-minutes' })],
    });
    const ended = await new ReplaceResponsibilityGroup(deps).execute({
      actor: nurse,
      clientId,
      expectedVersion: 1,
      categories: ['health'],
      members: [...without, { ...external(DPS), id: dps, validTo: '2026-11-23' }],
    });
    expect(ended.members.map((member) => member.id)).toEqual([anne, nav, dps]);
  });
});
