import { newId, osloDate } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { Violations } from '../shared/violations';
import type { Vedtak } from './vedtak';
import { validateVedtakTerms, type VedtakTerms } from './vedtak-rules';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'vedtak' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock'
>;

/** CL-7: records a vedtak granting the client hours per week. A change is recorded as a new vedtak. */
export class RecordVedtak {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientRecordRequest & VedtakTerms): Promise<Vedtak> {
    const now = this.deps.clock.now();
    const violations = new Violations();
    const terms = validateVedtakTerms(input, { today: osloDate(now) }, violations);
    violations.throwIfAny();
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const vedtak: Vedtak = {
        id: newId(),
        clientId: client.id,
        reference: terms.reference,
        service: terms.service,
        hoursPerWeek: terms.hoursPerWeek,
        decidedOn: terms.decidedOn,
        validFrom: terms.validFrom,
        validTo: terms.validTo,
        recordedBy: input.actor.subject,
        recordedAt: now,
      };
      await this.deps.vedtak.insert(input.actor.tenantId, vedtak);
      await this.deps.audit.record({
        actor: input.actor,
        action: 'create',
        resourceType: 'vedtak',
        resourceId: vedtak.id,
        clientId: client.id,
      });
      return vedtak;
    });
  }
}
