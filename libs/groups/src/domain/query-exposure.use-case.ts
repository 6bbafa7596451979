import { authorizeClientAccess, parseUuid, type Actor } from '@lavterskel/kernel';
import { dateRangeViolations } from './calendar';
import { exposureContacts, type ExposureReport } from './exposure';
import { GroupsError, GroupsErrorCode, assertValid } from './groups-error';
import { AuditResource, type GroupsPorts } from './ports';

export interface QueryExposureInput {
  actor: Actor;
  /** The index client. */
  clientId: string;
  from: string;
  to: string;
  breakGlassReason?: string;
}

/** Contact tracing looks back weeks, not months. */
export const MAX_EXPOSURE_RANGE_DAYS = 60;

/**
 * GR-6: the clients who were present at a session with the index client between two dates.
 * Disclosed only when the disclosure checker (consent or another legal basis) permits it;
 * each disclosed client's access list shows it.
 */
export class QueryExposureUseCase {
  constructor(
    private readonly ports: Pick<
      GroupsPorts,
      'unitOfWork' | 'audit' | 'careRelations' | 'attendance' | 'exposureDisclosure'
    >,
  ) {}

  async execute(input: QueryExposureInput): Promise<ExposureReport> {
    const clientId = parseUuid(input.clientId, 'clientId');
    assertValid(dateRangeViolations(input, MAX_EXPOSURE_RANGE_DAYS));
    return this.ports.unitOfWork.run(async () => {
      const { actor, from, to } = input;
      await authorizeClientAccess(
        { actor, clientId, breakGlassReason: input.breakGlassReason },
        this.ports,
      );
      const decision = await this.ports.exposureDisclosure.check({
        actor,
        clientId,
        from,
        to,
        purpose: 'contact-tracing',
      });
      if (!decision.permitted) {
        throw new GroupsError(
          GroupsErrorCode.ExposureDisclosureDenied,
          'No consent or legal basis allows disclosing this exposure list to you.',
          [],
          { reason: decision.reason },
        );
      }
      const contacts = exposureContacts(
        await this.ports.attendance.sharedSessions({
          tenantId: actor.tenantId,
          clientId,
          from,
          to,
        }),
      );
      await this.ports.audit.record({
        actor,
        action: 'disclose',
        resourceType: AuditResource.attendance,
        clientId,
        reason: `contact tracing ${from}..${to}; basis: ${decision.basis}`,
      });
      if (contacts.length > 0) {
        await this.ports.audit.record({
          actor,
          action: 'disclose',
          resourceType: AuditResource.attendance,
          clientIds: contacts.map((contact) => contact.clientId),
          reason: `contact tracing: shared session(s) ${from}..${to}`,
        });
      }
      return { clientId, from, to, legalBasis: decision.basis, contacts };
    });
  }
}
