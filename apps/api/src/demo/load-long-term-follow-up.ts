import { addDays } from '@lavterskel/kernel';
import type { DemoRequest } from './demo-http';
import { DEMO_PARTNERS, type DemoPartner } from './skien-demo.plan';

/** What the loader gives this step: its calls, and the ids it has made so far. */
export interface FollowUpContext {
  call: <T>(request: DemoRequest) => Promise<T>;
  create: (bearer: string, path: string, body: object) => Promise<string>;
  today: string;
  /** The client's primary contact: coordinator of the group and the plan. */
  staff: { bearer: string; subject: string; name: string };
  clientId: string;
  serviceId: string;
  teamId: string;
  partners: Record<DemoPartner, string>;
}

const DPS: DemoPartner = 'DPS Skien';
const NAV: DemoPartner = 'NAV Skien';
const GP: DemoPartner = 'Gulset legesenter';

/** A fourth session below the clinical cut-off and 6 points down: the KOR alert (seed 004). */
const KOR_SESSIONS = [
  { daysAgo: 28, ors: 7.5, srs: 9.5 },
  { daysAgo: 21, ors: 7.3, srs: 9.5 },
  { daysAgo: 14, ors: 7, srs: 9.3 },
  { daysAgo: 7, ors: 6, srs: 9.3 },
];

/**
 * Seed 004's long-term follow-up of a ROP client, through the API: a written consent naming
 * the DPS and NAV, a referral to the DPS (accepted), a responsibility group with the DPS, NAV
 * and the GP (not consented) that met on video with a follow-up item and the next meeting, an
 * individual plan with two goals, and four KOR sessions, the last one raising an alert.
 */
export async function loadLongTermFollowUp(context: FollowUpContext): Promise<void> {
  const { create, today, staff, clientId } = context;
  const organisation = (name: DemoPartner) => ({
    organisationNumber: DEMO_PARTNERS[name].organisationNumber,
    name,
  });
  await create(staff.bearer, '/v1/consents', {
    clientId,
    categories: ['health', 'contact-details', 'attendance'],
    purposes: ['treatment-coordination'],
    recipients: [DPS, NAV].map((name) => ({ type: 'organisation', ...organisation(name) })),
    validFrom: `${addDays(today, -35)}T09:00:00+01:00`,
    validTo: `${addDays(today, 330)}T09:00:00+01:00`,
    method: 'written',
  });
  await loadReferral(context);
  await loadResponsibilityGroup(context, organisation);
  await loadIndividualPlan(context);
  await loadKorSessions(context);
}

async function loadReferral({
  call,
  create,
  staff,
  clientId,
  serviceId,
  partners,
}: FollowUpContext) {
  const referralId = await create(staff.bearer, '/v1/referrals', {
    clientId,
    from: { serviceId },
    to: { partnerId: partners[DPS] },
    reason: 'Utredning av psykosesymptomer ved samtidig alkoholbruk',
    urgency: 'routine',
    categories: ['health', 'contact-details'],
    purpose: 'treatment-coordination',
  });
  // Recorded by the sender as the DPS answered on the phone.
  await call({
    method: 'POST',
    path: `/v1/referrals/${referralId}/accept`,
    bearer: staff.bearer,
    ifMatch: '"1"',
    body: { note: 'Utredning ved DPS Skien, første time om to uker' },
  });
}

async function loadResponsibilityGroup(
  { call, create, today, staff, clientId }: FollowUpContext,
  organisation: (name: DemoPartner) => { organisationNumber: string; name: string },
) {
  const validFrom = addDays(today, -30);
  const external = (name: DemoPartner, person: string) => ({
    kind: 'external',
    organisation: { kind: DEMO_PARTNERS[name].kind, ...organisation(name) },
    name: person,
    phone: '+47 35 00 00 00',
    email: null,
    validFrom,
    validTo: null,
  });
  const path = `/v1/clients/${clientId}/responsibility-group`;
  const group = await call<{ members: { id: string }[] }>({
    method: 'POST',
    path,
    bearer: staff.bearer,
    body: {
      categories: ['health', 'attendance'],
      members: [
        {
          kind: 'staff',
          subject: staff.subject,
          name: staff.name,
          coordinator: true,
          validFrom,
          validTo: null,
        },
        external(DPS, 'Dr. Kari Berg'),
        external(NAV, 'Per Veileder'),
        external(GP, 'Dr. Lise Fastlege'),
        { kind: 'client', validFrom, validTo: null },
      ],
    },
  });
  const memberIds = group.members.map((member) => member.id);
  const nav = memberIds[2] as string;
  const heldAt = `${addDays(today, -7)}T10:00:00+01:00`;
  const meetingId = await create(staff.bearer, `${path}/meetings`, {
    scheduledAt: heldAt,
    channel: 'video',
    location: 'Videolenke sendt på e-post til medlemmene',
  });
  await create(staff.bearer, `${path}/meetings/${meetingId}/minutes`, {
    heldAt,
    attendeeMemberIds: memberIds,
    decisions: [{ text: 'DPS utreder i desember; NAV starter arbeidstrening i januar' }],
    followUps: [
      { text: 'Søke om arbeidstrening', responsibleMemberId: nav, due: addDays(today, 14) },
    ],
    nextMeeting: {
      scheduledAt: `${addDays(today, 42)}T10:00:00+01:00`,
      channel: 'video',
      location: null,
    },
  });
}

async function loadIndividualPlan({
  create,
  today,
  staff,
  clientId,
  serviceId,
  teamId,
}: FollowUpContext) {
  await create(staff.bearer, `/v1/clients/${clientId}/individual-plan`, {
    coordinator: staff.subject,
    teamId,
    clientConsent: { given: true, on: addDays(today, -7) },
    status: 'active',
    reviewDue: addDays(today, 90),
    goals: [
      {
        inClientsWords: 'Jeg vil få orden på hodet',
        status: 'active',
        measures: [
          {
            description: 'Utredning og behandling ved DPS',
            responsible: { kind: 'partner', name: DPS },
            from: addDays(today, 14),
            to: null,
          },
        ],
      },
      {
        inClientsWords: 'Jeg vil ha noe å gå til om dagen',
        status: 'active',
        measures: [
          {
            description: 'Ukentlige hjemmebesøk og tur langs elva',
            responsible: { kind: 'service', serviceId },
            from: addDays(today, -30),
            to: null,
          },
          {
            description: 'Arbeidstrening gjennom NAV',
            responsible: { kind: 'partner', name: NAV },
            from: addDays(today, 30),
            to: addDays(today, 210),
          },
        ],
      },
    ],
  });
}

async function loadKorSessions({ create, today, staff, clientId, serviceId }: FollowUpContext) {
  for (const session of KOR_SESSIONS) {
    const encounterId = await create(staff.bearer, `/v1/clients/${clientId}/encounters`, {
      occurredAt: `${addDays(today, -session.daysAgo)}T13:00:00+01:00`,
      channel: 'office',
      outcome: 'attended',
      durationMinutes: 45,
      topics: ['mental-health'],
      serviceId,
    });
    await create(staff.bearer, `/v1/clients/${clientId}/session-feedback`, {
      encounterId,
      ors: {
        individually: session.ors,
        interpersonally: session.ors,
        socially: session.ors,
        overall: session.ors,
      },
      srs: {
        relationship: session.srs,
        goalsAndTopics: session.srs,
        approachOrMethod: session.srs,
        overall: session.srs,
      },
    });
  }
}
