import { newId, notFound, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { IsoDate } from '../shared/calendar';
import {
  assertValid,
  calendarDate,
  notBlank,
  unknownReference,
  violation,
} from '../shared/validation';
import type { CooperationMeeting } from './cooperation-meeting';

export interface RecordCooperationMeetingInput {
  actor: Actor;
  serviceId: string;
  heldOn: IsoDate;
  partnerIds: string[];
  topic: string;
  summary: string;
}

/** Records a cooperation meeting between a service and its partners (SV-7). */
export class RecordCooperationMeeting {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'services' | 'partners' | 'cooperation' | 'audit' | 'unitOfWork' | 'clock'
    >,
  ) {}

  async execute({ actor, ...input }: RecordCooperationMeetingInput): Promise<CooperationMeeting> {
    assertValid([
      calendarDate(input.heldOn, 'heldOn'),
      notBlank(input.topic, 'topic'),
      notBlank(input.summary, 'summary'),
      input.partnerIds.length === 0 &&
        violation('partnerIds', 'not-empty', 'must name at least one partner'),
    ]);
    return this.ports.unitOfWork.run(async () => {
      if (!(await this.ports.services.findById(actor.tenantId, input.serviceId)))
        throw notFound('service');
      const known = await this.ports.partners.existing(actor.tenantId, input.partnerIds);
      if (input.partnerIds.some((id) => !known.has(id)))
        throw unknownReference('partnerIds', 'partner');
      const meeting: CooperationMeeting = {
        ...input,
        id: newId(),
        tenantId: actor.tenantId,
        partnerIds: [...new Set(input.partnerIds)],
        topic: input.topic.trim(),
        summary: input.summary.trim(),
        recordedBy: actor.subject,
        createdAt: this.ports.clock.now(),
      };
      await this.ports.cooperation.insertMeeting(meeting);
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: 'cooperation-meeting',
        resourceId: meeting.id,
      });
      return meeting;
    });
  }
}
