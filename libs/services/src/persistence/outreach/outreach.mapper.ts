import type { TenantId } from '@lavterskel/kernel';
import type { Mission, MissionStatus } from '../../domain/outreach/mission';
import type {
  OutreachContact,
  ReferralTarget,
  Symptom,
} from '../../domain/outreach/outreach-contact';
import type { OutreachPlace } from '../../domain/outreach/outreach-place';
import type {
  OutreachRequest,
  RequestChannel,
  RequestStatus,
} from '../../domain/outreach/outreach-request';
import { MissionEntity } from './mission.entity';
import { OutreachContactEntity } from './outreach-contact.entity';
import { OutreachPlaceEntity } from './outreach-place.entity';
import { OutreachRequestEntity } from './outreach-request.entity';

export function toPlace(row: OutreachPlaceEntity): OutreachPlace {
  const { service: _service, ...fields } = row;
  return { ...fields, tenantId: row.tenantId as TenantId };
}

export function toRequest(row: OutreachRequestEntity): OutreachRequest {
  const { service: _service, ...fields } = row;
  return {
    ...fields,
    tenantId: row.tenantId as TenantId,
    channel: row.channel as RequestChannel,
    status: row.status as RequestStatus,
  };
}

export function toMission(row: MissionEntity): Mission {
  const { service: _service, request: _request, ...fields } = row;
  return { ...fields, tenantId: row.tenantId as TenantId, status: row.status as MissionStatus };
}

export function toContact(row: OutreachContactEntity): OutreachContact {
  const { service: _service, mission: _mission, place: _place, ...fields } = row;
  return {
    ...fields,
    tenantId: row.tenantId as TenantId,
    symptoms: row.symptoms as Symptom[],
    referrals: row.referrals as ReferralTarget[],
  };
}
