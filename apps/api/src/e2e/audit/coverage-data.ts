import { nthSyntheticNationalId } from '@lavterskel/clients/testing';
import type { CrisisMunicipality } from '../../testing/crisis-municipality';
import type { TestApp } from '../../testing/test-app';

/** Skien kommune's organisation number, configured for the test app as the contact-tracing team's. */
export const SKIEN_KOMMUNE = '938583986';

/** Records about Arne (client 0) and the municipality that the crisis fixture does not make. */
export interface CoverageData {
  vedtakId: string;
  sessionId: string;
  missionId: string;
  dispensingId: string;
  taskId: string;
  decisionId: string;
  applicationId: string;
  /** The client registered by converting the application. */
  convertedClientId: string;
  noticeId: string;
  referralId: string;
}

/**
 * Gives every client-data route of the audit-coverage test something to show, through HTTP as
 * staff would: a vedtak with an encounter and its KOR/FIT feedback, an individual plan, a
 * responsibility group with a planned meeting, a handover note for the back-up, a crisis plan, a
 * relative, a clinical profile, an escalation, a test, a dispensing, a distribution record, an
 * outreach request, mission and contact, a session with attendance, sharing decisions with a
 * disclosure, a crisis task, and a pseudonymous visitor who may be Arne.
 */
export async function buildCoverageData(
  api: TestApp,
  m: CrisisMunicipality,
): Promise<CoverageData> {
  const arne = m.clients.Arne;
  const nurse = m.bearer.nurse;
  const post = async (path: string, body: object, bearer = nurse): Promise<{ id: string }> => {
    const response = await api.http().post(path).set('Authorization', bearer).send(body);
    if (response.status !== 201 && response.status !== 200) {
      throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    }
    return response.body as { id: string };
  };
  const lar = m.services['LAR-utdelingen'];
  const field = m.services.Feltpleien;

  const vedtak = await post(`/v1/clients/${arne}/vedtak`, {
    reference: '2026/77',
    service: 'Ambulant oppfølging i hjemmet',
    hoursPerWeek: 6,
    decidedOn: '2026-10-28',
    validFrom: '2026-11-02',
  });
  const visit = await post(`/v1/clients/${arne}/encounters`, {
    channel: 'home-visit',
    outcome: 'attended',
    topics: ['housing'],
    occurredAt: '2026-11-17T10:00:00+01:00',
    durationMinutes: 60,
    vedtakId: vedtak.id,
  });
  await post(`/v1/clients/${arne}/individual-plan`, {
    coordinator: 'nurse-anne',
    teamId: m.teams['Lavterskel og LAR'],
    clientConsent: { given: true, on: '2026-11-20' },
    status: 'active',
    reviewDue: '2026-12-01',
    goals: [{ inClientsWords: 'Bo for meg selv', status: 'active', measures: [] }],
  });
  await post(`/v1/clients/${arne}/responsibility-group`, {
    categories: ['health'],
    members: [
      {
        kind: 'staff',
        subject: m.subjects.nurse,
        name: 'Anne Larsen',
        coordinator: true,
        validFrom: '2026-11-01',
        validTo: null,
      },
      {
        kind: 'external',
        organisation: { kind: 'gp', name: 'Skien legesenter', organisationNumber: '983123457' },
        name: 'Dr. Lise Fastlege',
        validFrom: '2026-11-01',
        validTo: null,
      },
    ],
  });
  await post(`/v1/clients/${arne}/responsibility-group/meetings`, {
    scheduledAt: '2026-12-10T13:00:00+01:00',
    channel: 'video',
    location: null,
  });
  await post(`/v1/clients/${arne}/session-feedback`, {
    encounterId: visit.id,
    ors: { individually: 5, interpersonally: 6, socially: 4.5, overall: 5 },
    srs: { relationship: 9, goalsAndTopics: 9, approachOrMethod: 8.5, overall: 9 },
  });
  // Knut (client 10) is the consultant's with the nurse as back-up: a note for the nurse's inbox.
  await post(
    `/v1/clients/${m.clients.Knut}/handover-notes`,
    { text: 'Did not collect medication; call before 18.' },
    m.bearer.consultant,
  );
  await post(`/v1/clients/${arne}/crisis-plan`, {
    warningSigns: ['Stops answering the phone'],
    whatHelps: ['A walk by the river'],
    whoToCall: [{ name: 'Eva', relation: 'sister', phone: '+47 911 11 111' }],
    agreedWithClient: true,
  });
  await post(`/v1/clients/${arne}/relatives`, {
    name: 'Eva Nordmann',
    relationship: 'sibling',
    roles: ['next-of-kin'],
    phone: '+47 911 11 111',
  });
  await post(`/v1/clients/${arne}/clinical-profile`, {
    mainSubstances: ['opioids'],
    rop: true,
    diagnoses: ['f112'],
    diagnosesPurpose: 'Referral to TSB for LAR',
  });
  await post(`/v1/services/${lar}/escalations`, {
    clientId: arne,
    forumDate: '2026-12-03',
    summary: 'No housing offer after three months',
  });
  await post(`/v1/services/${lar}/health-measures`, {
    clientId: arne,
    kind: 'test',
    code: 'hepatitis-c',
    result: 'pending',
    performedAt: '2026-11-23T08:30:00+01:00',
  });
  const prescriptionId = m.prescriptions[0]?.prescriptionId ?? '';
  const dispensing = await post(`/v1/dispensing/prescriptions/${prescriptionId}/dispensings`, {
    channel: 'hatch',
  });
  await post('/v1/distribution/records', {
    serviceId: field,
    setting: 'outreach',
    clientId: m.clients.Egil,
    givenAt: '2026-11-23T09:30:00+01:00',
    items: [{ item: 'naloxone', quantity: 2 }],
  });
  const request = await post('/v1/outreach/requests', {
    serviceId: field,
    clientId: m.clients.Egil,
    channel: 'phone',
    location: 'Bølevegen 12',
    need: 'Wound care',
  });
  const mission = await post('/v1/outreach/missions', {
    serviceId: field,
    requestId: request.id,
    plannedAt: '2026-11-23T13:00:00+01:00',
    location: 'Bølevegen 12',
    staffIds: [m.staff['Anne Larsen'].id],
  });
  await post('/v1/outreach/contacts', {
    serviceId: field,
    clientId: m.clients.Egil,
    newContact: false,
    symptoms: ['abscess'],
    referrals: ['gp'],
  });

  const yoga = m.groups.Yoga;
  await post(`/v1/groups/${yoga.id}/sessions`, { from: m.today, to: m.today });
  const sessions = await api
    .http()
    .get(`/v1/groups/${yoga.id}/sessions?from=${m.today}&to=${m.today}`)
    .set('Authorization', nurse)
    .expect(200);
  const sessionId = (sessions.body.items as { id: string }[])[0]?.id ?? '';
  for (const clientId of yoga.clientIds.slice(0, 2)) {
    const attendance = await api
      .http()
      .put(`/v1/groups/${yoga.id}/sessions/${sessionId}/attendance/${clientId}`)
      .set('Authorization', nurse)
      .send({ status: 'present' });
    if (attendance.status !== 201)
      throw new Error(`attendance: ${JSON.stringify(attendance.body)}`);
  }
  // The first attendee consents to contact tracing, so their exposure list may be shown.
  await post('/v1/consents', {
    clientId: yoga.clientIds[0],
    categories: ['attendance'],
    purposes: ['contact-tracing'],
    recipients: [
      {
        type: 'role',
        organisationNumber: SKIEN_KOMMUNE,
        role: 'contact-tracing',
        name: 'Smittesporing, Skien kommune',
      },
    ],
    validFrom: '2026-11-01T00:00:00+01:00',
    method: 'oral',
  });

  const larDoctor = {
    type: 'role',
    organisationNumber: '983971636',
    role: 'lar-doctor',
    name: 'LAR-lege, DPS Telemark',
  };
  const decision = await post('/v1/sharing-decisions', {
    clientId: arne,
    category: 'contact-details',
    purpose: 'crisis-contact',
    recipient: larDoctor,
  });
  await post(`/v1/sharing-decisions/${decision.id}/disclosures`, {
    description: 'Phone number, by phone to the LAR doctor',
  });
  // Without a consent covering the recipient: on a legal basis, pending a privacy review.
  await post('/v1/sharing-decisions', {
    clientId: arne,
    category: 'contact-details',
    purpose: 'crisis-contact',
    recipient: { type: 'organisation', organisationNumber: '889640782', name: 'NAV Skien' },
    legalBasis: {
      code: 'emergency',
      justification: 'Client unconscious at Skien station; the ambulance needs a contact',
    },
  });

  // The DPS refers Arne back to LAR dispensing; the LAR team records it (nothing leaves the municipality).
  const dps = await post(
    '/v1/services/partners',
    { name: 'DPS Telemark, TSB', kind: 'dps', organisationNumber: '983971636' },
    m.bearer.lead,
  );
  const referral = await post('/v1/referrals', {
    clientId: arne,
    from: { partnerId: dps.id },
    to: { serviceId: lar },
    reason: 'Discharged from detox; LAR dispensing to continue',
    urgency: 'urgent',
    categories: ['lar-status'],
    purpose: 'treatment-coordination',
  });

  const task = await post('/v1/crisis/tasks', {
    kind: 'phone-follow-up',
    description: 'Ring klienten: Rusfritt Hus er stengt for oppmøte.',
    priority: 'urgent',
    due: '2026-11-24',
    clientId: arne,
    assignee: { kind: 'staff', subject: m.subjects.nurse },
  });

  // A simple application, converted at intake into a client (CL-2).
  const submitted = await api
    .http()
    .post('/v1/applications')
    .send({
      municipality: m.tenant,
      name: 'Tom',
      phone: '+47 900 00 000',
      helpWanted: 'Jeg vil slutte å ruse meg.',
    })
    .expect(201);
  const applicationId = submitted.body.receiptId as string;
  const converted = await api
    .http()
    .post(`/v1/applications/${applicationId}/conversion`)
    .set('Authorization', nurse)
    .send({
      client: {
        nationalId: nthSyntheticNationalId(9000),
        givenName: 'Tom',
        familyName: 'Søker',
        birthDate: '1990-01-01',
        contactChannels: [{ kind: 'mobile', value: '+47 900 00 000' }],
        preferredLanguage: 'nb',
      },
      intake: {
        occurredAt: `${m.today}T10:00:00+01:00`,
        channel: 'phone',
        durationMinutes: 40,
        topics: ['substance-use'],
      },
    });
  if (converted.status !== 201) throw new Error(`conversion: ${JSON.stringify(converted.body)}`);

  // A published notice lists the clients who need it in their language (CR-6).
  const notice = await post(
    '/v1/crisis/notices',
    {
      title: 'Nye smittevernregler',
      body: 'Grupper på høyst 5; aktiviteter utendørs; telefonoppfølging der det er mulig.',
      sourceUrl: 'https://www.fhi.no/nettpub/coronavirus/',
      effectiveFrom: '2026-11-25T00:00:00+01:00',
      acknowledgeBy: '2026-11-24T12:00:00+01:00',
      recipients: { all: true },
    },
    m.bearer.coordinator,
  );

  // Last, since it changes what the services allow: a crisis level in force, and one client's
  // exception from it (CR-7).
  const follow = m.services['Oppfølging/ruskonsulenter'];
  const rule = {
    maxGroupSize: null,
    groupsClosed: false,
    batchesPerDay: null,
    allowedChannels: ['phone', 'video'],
    maxPersonsInPremises: null,
    inPersonOnlyWhereEssential: false,
    dispensingChannels: null,
    eligibility: [],
    prioritised: false,
    target: { kind: 'service', serviceId: follow },
    mode: 'remote',
    note: 'Oppfølging per telefon.',
  };
  const plan = await post(
    '/v1/crisis/plans',
    {
      name: 'Pandemiplan, revisjon',
      levels: [
        {
          code: 'normal',
          name: 'Normal drift',
          description: 'Ingen krise.',
          rules: [],
          priorityFlags: [],
          staffing: [],
        },
        {
          code: 'red',
          name: 'Rød',
          description: 'Pandemitiltak.',
          rules: [rule],
          priorityFlags: [],
          staffing: [],
        },
      ],
    },
    m.bearer.coordinator,
  );
  await post(
    '/v1/crisis/level-changes',
    {
      level: 'red',
      planId: plan.id,
      reason: 'Covid-19-utbrudd i Skien',
      guideline: {
        text: 'Helsedirektoratets råd for kommunale tjenester',
        url: 'https://www.helsedirektoratet.no/veiledere/koronavirus',
      },
    },
    m.bearer.coordinator,
  );
  await post(
    '/v1/crisis/exceptions',
    {
      clientId: m.clients.Knut,
      serviceId: follow,
      reason: 'Individuell vurdering: fysisk oppfølging er avgjørende for å hindre tilbakefall.',
    },
    m.bearer.consultant,
  );

  // Arne as a pseudonymous visitor at LAR too: a possible duplicate for the team's lead.
  const visitor = await post('/v1/clients', { alias: 'Arne T', birthYear: 1970 });
  await post(`/v1/services/${lar}/enrolments`, {
    clientId: visitor.id,
    reason: 'Oppfølging etter samtale på MMO-senteret',
    startedOn: m.today,
  });

  return {
    applicationId,
    convertedClientId: (converted.body as { client: { id: string } }).client.id,
    noticeId: notice.id,
    referralId: referral.id,
    vedtakId: vedtak.id,
    sessionId,
    missionId: mission.id,
    dispensingId: dispensing.id,
    taskId: task.id,
    decisionId: decision.id,
  };
}
