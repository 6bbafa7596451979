import { fixedClock } from '@lavterskel/kernel';
import {
  buildCrisisMunicipality,
  type CrisisMunicipality,
} from '../../testing/crisis-municipality';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { clientDataRoutes, type OpenApiDocument } from './client-data-routes';
import { SKIEN_KOMMUNE, buildCoverageData, type CoverageData } from './coverage-data';

/**
 * X-3 made structural: every GET route whose response carries client data (found in the
 * OpenAPI document) is called with data present, and every client it shows must have an audit
 * row written by that very request (matched by request id). A new route with client data that
 * is neither called here nor skipped with a reason fails the test.
 */

type Caller = 'nurse' | 'lead' | 'coordinator' | 'consultant' | 'officer' | 'teamLead';

interface Call {
  /** The concrete path and query, built from the municipality. */
  url: (m: Municipality) => string;
  as?: Caller;
}

type Municipality = CrisisMunicipality & { officer: string; teamLead: string; extra: CoverageData };

const TODAY = '2026-11-23';
const arne = (m: Municipality) => m.clients.Arne;
const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

const CALLS: Record<string, Call> = {
  '/v1/audit-events': { url: () => '/v1/audit-events', as: 'officer' },
  '/v1/clients/{id}/access-log': {
    url: (m) => `/v1/clients/${arne(m)}/access-log`,
    as: 'officer',
  },
  '/v1/clients': { url: () => `/v1/clients${q({ q: 'Testesen' })}` },
  '/v1/clients/{clientId}': { url: (m) => `/v1/clients/${arne(m)}` },
  '/v1/clients/{clientId}/status-history': { url: (m) => `/v1/clients/${arne(m)}/status-history` },
  '/v1/clients/{clientId}/fhir': { url: (m) => `/v1/clients/${arne(m)}/fhir` },
  '/v1/caseload': { url: () => '/v1/caseload' },
  '/v1/clients/{clientId}/vulnerability-flags': {
    url: (m) => `/v1/clients/${arne(m)}/vulnerability-flags`,
  },
  '/v1/services/{serviceId}/enrolments': {
    url: (m) => `/v1/services/${m.services['LAR-utdelingen']}/enrolments`,
  },
  '/v1/services/clients/{clientId}/enrolments': {
    url: (m) => `/v1/services/clients/${arne(m)}/enrolments`,
  },
  '/v1/dispensing/prescriptions': {
    url: (m) => `/v1/dispensing/prescriptions${q({ clientId: arne(m) })}`,
  },
  '/v1/dispensing/prescriptions/{prescriptionId}': {
    url: (m) => `/v1/dispensing/prescriptions/${m.prescriptions[0]?.prescriptionId}`,
  },
  '/v1/dispensing/daily-list': {
    url: (m) =>
      `/v1/dispensing/daily-list${q({ serviceId: m.services['LAR-utdelingen'], date: TODAY })}`,
  },
  '/v1/groups/exposure': {
    url: (m) =>
      `/v1/groups/exposure${q({ clientId: m.groups.Yoga.clientIds[0] ?? '', from: '2026-11-01', to: TODAY })}`,
  },
  '/v1/groups/{groupId}/cohorts/{cohortId}/fhir': {
    url: (m) => `/v1/groups/${m.groups.Yoga.id}/cohorts/${m.groups.Yoga.cohortIds[0]}/fhir`,
  },
  '/v1/groups/{groupId}/members': { url: (m) => `/v1/groups/${m.groups.Yoga.id}/members` },
  '/v1/groups/{groupId}/members/{clientId}': {
    url: (m) => `/v1/groups/${m.groups.Yoga.id}/members/${m.groups.Yoga.clientIds[0]}`,
  },
  '/v1/consents/crisis-contactability': {
    url: () => '/v1/consents/crisis-contactability',
    as: 'lead',
  },
  '/v1/consents': { url: (m) => `/v1/consents${q({ clientId: arne(m) })}` },
  '/v1/consents/{id}': { url: (m) => `/v1/consents/${m.crisisConsents[0]?.consentId}` },
  '/v1/consents/{id}/versions': {
    url: (m) => `/v1/consents/${m.crisisConsents[0]?.consentId}/versions`,
  },
  '/v1/consents/{id}/fhir': { url: (m) => `/v1/consents/${m.crisisConsents[0]?.consentId}/fhir` },
  '/v1/crisis/priority-list': { url: () => '/v1/crisis/priority-list', as: 'coordinator' },
  '/v1/clients/{clientId}/encounters': { url: (m) => `/v1/clients/${arne(m)}/encounters` },
  '/v1/clients/{clientId}/individual-plan': {
    url: (m) => `/v1/clients/${arne(m)}/individual-plan`,
  },
  '/v1/clients/{clientId}/individual-plan/versions': {
    url: (m) => `/v1/clients/${arne(m)}/individual-plan/versions`,
  },
  '/v1/clients/{clientId}/individual-plan/fhir': {
    url: (m) => `/v1/clients/${arne(m)}/individual-plan/fhir`,
  },
  '/v1/clients/{clientId}/responsibility-group': {
    url: (m) => `/v1/clients/${arne(m)}/responsibility-group`,
  },
  '/v1/clients/{clientId}/responsibility-group/meetings': {
    url: (m) => `/v1/clients/${arne(m)}/responsibility-group/meetings`,
  },
  '/v1/clients/{clientId}/responsibility-group/fhir': {
    url: (m) => `/v1/clients/${arne(m)}/responsibility-group/fhir`,
  },
  '/v1/individual-plans/due-for-review': {
    url: (m) => `/v1/individual-plans/due-for-review${q({ teamId: m.teams['Lavterskel og LAR'] })}`,
  },
  '/v1/clients/{clientId}/session-feedback': {
    url: (m) => `/v1/clients/${arne(m)}/session-feedback`,
  },
  '/v1/clients/{clientId}/session-feedback/fhir': {
    url: (m) => `/v1/clients/${arne(m)}/session-feedback/fhir`,
  },
  '/v1/clients/{clientId}/handover-notes': {
    url: (m) => `/v1/clients/${m.clients.Knut}/handover-notes`,
  },
  '/v1/handover-notes/unread': { url: () => '/v1/handover-notes/unread' },
  '/v1/clients/{clientId}/vedtak': { url: (m) => `/v1/clients/${arne(m)}/vedtak` },
  '/v1/clients/{clientId}/vedtak/{vedtakId}/usage': {
    url: (m) =>
      `/v1/clients/${arne(m)}/vedtak/${m.extra.vedtakId}/usage${q({ from: '2026-11-02', to: TODAY })}`,
  },
  '/v1/clients/{clientId}/crisis-plan': { url: (m) => `/v1/clients/${arne(m)}/crisis-plan` },
  '/v1/clients/{clientId}/relatives': { url: (m) => `/v1/clients/${arne(m)}/relatives` },
  '/v1/clients/{clientId}/clinical-profile': {
    url: (m) => `/v1/clients/${arne(m)}/clinical-profile`,
  },
  '/v1/services/clients/{clientId}/escalations': {
    url: (m) => `/v1/services/clients/${arne(m)}/escalations`,
  },
  '/v1/referrals/{referralId}': { url: (m) => `/v1/referrals/${m.extra.referralId}` },
  '/v1/referrals/{referralId}/fhir': { url: (m) => `/v1/referrals/${m.extra.referralId}/fhir` },
  '/v1/services/clients/{clientId}/referrals': {
    url: (m) => `/v1/services/clients/${arne(m)}/referrals`,
  },
  '/v1/services/{serviceId}/referrals/incoming': {
    url: (m) => `/v1/services/${m.services['LAR-utdelingen']}/referrals/incoming`,
  },
  '/v1/services/clients/{clientId}/health-measures': {
    url: (m) => `/v1/services/clients/${arne(m)}/health-measures`,
  },
  '/v1/dispensing/prescriptions/{prescriptionId}/dispensings': {
    url: (m) => `/v1/dispensing/prescriptions/${m.prescriptions[0]?.prescriptionId}/dispensings`,
  },
  '/v1/dispensing/dispensings/{eventId}/fhir': {
    url: (m) => `/v1/dispensing/dispensings/${m.extra.dispensingId}/fhir`,
  },
  '/v1/distribution/records': {
    url: (m) => `/v1/distribution/records${q({ clientId: m.clients.Egil })}`,
  },
  '/v1/outreach/requests': {
    url: (m) => `/v1/outreach/requests${q({ serviceId: m.services.Feltpleien })}`,
  },
  '/v1/outreach/missions/{missionId}': {
    url: (m) => `/v1/outreach/missions/${m.extra.missionId}`,
  },
  '/v1/outreach/contacts': {
    url: (m) => `/v1/outreach/contacts${q({ clientId: m.clients.Egil })}`,
  },
  '/v1/groups/{groupId}/sessions/{sessionId}/attendance/{clientId}': {
    url: (m) =>
      `/v1/groups/${m.groups.Yoga.id}/sessions/${m.extra.sessionId}/attendance/${m.groups.Yoga.clientIds[0]}`,
  },
  '/v1/sharing-decisions': { url: () => '/v1/sharing-decisions', as: 'officer' },
  '/v1/clients/{clientId}/disclosures': { url: (m) => `/v1/clients/${arne(m)}/disclosures` },
  '/v1/crisis/policy': {
    url: (m) =>
      `/v1/crisis/policy${q({ serviceId: m.services['LAR-utdelingen'], clientId: arne(m) })}`,
  },
  '/v1/crisis/tasks': { url: () => '/v1/crisis/tasks', as: 'coordinator' },
  '/v1/crisis/tasks/mine': { url: () => '/v1/crisis/tasks/mine' },
  '/v1/crisis/tasks/{taskId}': { url: (m) => `/v1/crisis/tasks/${m.extra.taskId}` },
  '/v1/crisis/tasks/{taskId}/fhir': { url: (m) => `/v1/crisis/tasks/${m.extra.taskId}/fhir` },
  '/v1/crisis/exceptions': {
    url: (m) => `/v1/crisis/exceptions${q({ clientId: m.clients.Knut })}`,
    as: 'consultant',
  },
  '/v1/applications': { url: () => `/v1/applications${q({ status: 'converted' })}` },
  '/v1/applications/{applicationId}': {
    url: (m) => `/v1/applications/${m.extra.applicationId}`,
  },
  '/v1/client-duplicates': {
    url: (m) => `/v1/client-duplicates${q({ teamId: m.teams['Lavterskel og LAR'] })}`,
    as: 'teamLead',
  },
  '/v1/crisis/notices/{noticeId}/language-follow-up': {
    url: (m) => `/v1/crisis/notices/${m.extra.noticeId}/language-follow-up`,
    as: 'coordinator',
  },
};

/**
 * Routes with client data this test cannot yet call with data, each with its reason. Keep it
 * short: every entry is an audit claim nobody checks.
 */
const SKIPPED: Record<string, string> = {};

describe('every route that shows client data audits each client it shows (X-3)', () => {
  let api: TestApp;
  let m: Municipality;
  let routes: string[];

  beforeAll(async () => {
    api = await startTestApp({
      clock: fixedClock(`${TODAY}T09:00:00Z`),
      // Contact tracing names the municipality's team as recipient: it needs an organisation number.
      env: { MUNICIPALITY_ORGANISATION_NUMBERS: `4003=${SKIEN_KOMMUNE}` },
    });
    const skien = await buildCrisisMunicipality(api, { today: TODAY });
    const officer = `Bearer ${await api.token({ tenant: skien.tenant, subject: 'privacy-per', roles: ['privacy-officer'] })}`;
    // A lead of the LAR team (the municipality's own lead is in no team).
    const teamLead = `Bearer ${await api.token({ tenant: skien.tenant, subject: 'lead-lar', roles: ['team-lead'], teams: [skien.teams['Lavterskel og LAR']] })}`;
    m = { ...skien, officer, teamLead, extra: await buildCoverageData(api, skien) };
    const document = (await api.http().get('/docs-json').expect(200)).body as OpenApiDocument;
    routes = clientDataRoutes(document);
  }, 120_000);
  afterAll(() => api.close());

  it('finds the routes with client data in the OpenAPI document', () => {
    expect(routes).toEqual(expect.arrayContaining(['/v1/clients/{clientId}', '/v1/caseload']));
  });

  it('calls or skips, with a reason, every route with client data', () => {
    const uncovered = routes.filter((route) => !(route in CALLS) && !(route in SKIPPED));
    expect(uncovered).toEqual([]);
    // Entries for routes that no longer carry client data are stale.
    expect(
      [...Object.keys(CALLS), ...Object.keys(SKIPPED)].filter((r) => !routes.includes(r)),
    ).toEqual([]);
  });

  it('writes an audit row, in the request, for every client each route shows', async () => {
    const clientIds = new Set([...Object.values(m.clients), m.extra.convertedClientId]);
    const gaps: string[] = [];
    for (const route of routes) {
      const call = CALLS[route];
      if (!call) continue;
      const bearer =
        call.as === 'officer'
          ? m.officer
          : call.as === 'teamLead'
            ? m.teamLead
            : m.bearer[call.as ?? 'nurse'];
      const url = call.url(m);
      const response = await api.http().get(url).set('Authorization', bearer);
      if (response.status !== 200) {
        gaps.push(
          `${route}: answered ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`,
        );
        continue;
      }
      // The client a path names is shown even when the body does not repeat the id.
      const shown = clientsIn({ url, body: response.body }, clientIds);
      if (shown.size === 0) {
        gaps.push(`${route}: showed no client, so it proves nothing (give it data)`);
        continue;
      }
      const requestId = response.headers['x-request-id'];
      const rows: { client_id: string }[] = await api.db.dataSource.query(
        `SELECT DISTINCT client_id FROM kernel.audit_event WHERE request_id = $1 AND client_id IS NOT NULL`,
        [requestId],
      );
      const audited = new Set(rows.map((row) => row.client_id));
      const missing = [...shown].filter((id) => !audited.has(id));
      if (missing.length > 0) {
        gaps.push(`${route}: showed ${shown.size} clients, ${missing.length} without an audit row`);
      }
    }
    expect(gaps).toEqual([]);
  }, 120_000);
});

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The known clients whose ids appear anywhere in `body` (FHIR references included). */
function clientsIn(body: unknown, clientIds: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (const match of JSON.stringify(body).matchAll(UUID)) {
    const id = match[0].toLowerCase();
    if (clientIds.has(id)) found.add(id);
  }
  return found;
}
