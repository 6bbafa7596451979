import { newId, notFound, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { IsoDate } from '../shared/calendar';
import { COMPETENCY_CODE } from '../catalogue/service';
import { assertValid, calendarDate, violation } from '../shared/validation';
import type { Competency } from './staff-member';

export interface CertifyCompetencyInput {
  actor: Actor;
  staffId: string;
  code: string;
  certifiedOn: IsoDate;
  expiresOn: IsoDate | null;
}

/** Records a competency; a renewal is a new record, so the history of certifications is kept. */
export class CertifyCompetency {
  constructor(
    private readonly ports: Pick<ServicesPorts, 'staff' | 'audit' | 'unitOfWork' | 'clock'>,
  ) {}

  async execute({ actor, ...input }: CertifyCompetencyInput): Promise<Competency> {
    assertValid([
      calendarDate(input.certifiedOn, 'certifiedOn'),
      calendarDate(input.expiresOn, 'expiresOn'),
      !COMPETENCY_CODE.test(input.code) &&
        violation(
          'code',
          'competency-code',
          'must be lower-case words joined by hyphens, e.g. lar-dispensing',
        ),
      input.expiresOn !== null &&
        input.expiresOn < input.certifiedOn &&
        violation('expiresOn', 'not-before-certified', 'must not be before certifiedOn'),
    ]);
    return this.ports.unitOfWork.run(async () => {
      if (!(await this.ports.staff.findById(actor.tenantId, input.staffId)))
        throw notFound('staff member');
      const competency: Competency = {
        ...input,
        id: newId(),
        tenantId: actor.tenantId,
        recordedBy: actor.subject,
        recordedAt: this.ports.clock.now(),
      };
      await this.ports.staff.insertCompetency(competency);
      await this.ports.audit.record({
        actor,
        action: 'update',
        resourceType: 'staff-member',
        resourceId: input.staffId,
      });
      return competency;
    });
  }
}
