/** What each tag of the document groups, in the order Swagger UI shows them. */
export const TAGS: readonly { name: string; description: string }[] = [
  {
    name: 'clients',
    description: 'The client registry: registration, search, status, care contacts, FHIR export.',
  },
  {
    name: 'clients: follow-up',
    description:
      'A client’s follow-up record: encounters, handover notes, vedtak, crisis plan, relatives, clinical profile, vulnerability flags.',
  },
  {
    name: 'applications',
    description:
      'Simple applications (no account needed), the intake queue, triage and conversion into a client.',
  },
  {
    name: 'consents',
    description:
      'Consents a client gives (CO-1), their history and FHIR export, the vocabulary, crisis contactability.',
  },
  {
    name: 'sharing-decisions',
    description:
      'May this be shared now? Decisions on consent or a legal basis, disclosures made on them, reviews.',
  },
  {
    name: 'services',
    description:
      'The municipality’s service catalogue: services, modes, staffing, FHIR HealthcareService.',
  },
  { name: 'enrolments', description: 'Which clients each service follows up.' },
  {
    name: 'partners',
    description:
      'Partner organisations, cooperation meetings and escalations to the cross-agency forum.',
  },
  { name: 'health-measures', description: 'Tests and vaccinations given at a service.' },
  {
    name: 'referrals',
    description:
      'Referrals between services and partners (DPS/TSB, NGO, NAV): the sharing decided by consent, the receiver’s answer, FHIR ServiceRequest + Task.',
  },
  {
    name: 'staff',
    description: 'Teams, staff members, memberships, competencies and availability.',
  },
  {
    name: 'dispensing',
    description:
      'LAR prescriptions, transfers and daily dispensings, with the FHIR MedicationDispense export.',
  },
  {
    name: 'distribution',
    description: 'Harm-reduction equipment and food handed out, anonymously counted.',
  },
  {
    name: 'outreach',
    description:
      'The ambulant team: fixed places, requests, missions and contacts met on outreach.',
  },
  {
    name: 'groups',
    description:
      'Group activities: schedules, cohorts, members, sessions, attendance and exposure tracing.',
  },
  {
    name: 'crisis-mode',
    description:
      'Crisis plans, the crisis level and its changes, effective rules, individual exceptions, follow-up tasks.',
  },
  {
    name: 'crisis',
    description:
      'Crisis reports: the priority list of clients to reach and the staffing of critical services.',
  },
  {
    name: 'crisis notices',
    description:
      'Notices about changed rules to services and partners, acknowledgements, webhooks and language follow-up.',
  },
  {
    name: 'audit',
    description:
      'Who read or changed personal data: the municipality’s audit log and a client’s own access log.',
  },
  { name: 'health', description: 'Liveness and readiness of the API, without a token.' },
];
