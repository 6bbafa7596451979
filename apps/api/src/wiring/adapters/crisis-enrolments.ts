import type { ActiveEnrolment, EnrolledClients } from '@lavterskel/crisis-mode';
import type { Actor } from '@lavterskel/kernel';
import type { ListActiveEnrolments } from '@lavterskel/services';

/** Crisis mode's "who is enrolled where today" (SV-3), one query per call, audited by the services library. */
export class ServicesEnrolledClients implements EnrolledClients {
  constructor(private readonly listActiveEnrolments: ListActiveEnrolments) {}

  async activeIn(
    actor: Actor,
    input: { serviceIds: readonly string[]; on: string },
  ): Promise<ActiveEnrolment[]> {
    const enrolments = await this.listActiveEnrolments.execute({
      actor,
      on: input.on,
      serviceIds: input.serviceIds,
      purpose: 'crisis mode: clients of services whose mode changes',
    });
    return enrolments.map(({ clientId, serviceId }) => ({ clientId, serviceId }));
  }

  async servicesOf(actor: Actor, input: { clientId: string; on: string }): Promise<string[]> {
    const enrolments = await this.listActiveEnrolments.execute({
      actor,
      on: input.on,
      clientIds: [input.clientId],
      purpose: 'crisis mode: policy for one client',
    });
    return [...new Set(enrolments.map((enrolment) => enrolment.serviceId))];
  }
}
