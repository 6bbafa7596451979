import type { TenantId } from '@lavterskel/kernel';
import type { Consent } from '../domain/consent';
import { ConsentVersionEntity } from './consent-version.entity';
import { ConsentEntity } from './consent.entity';

export type ConsentVersionRow = ConsentVersionEntity & { consent: ConsentEntity };

export function toConsent(row: ConsentVersionRow): Consent {
  return {
    id: row.consentId,
    tenantId: row.tenantId as TenantId,
    clientId: row.consent.clientId,
    version: row.version,
    change: row.change,
    status: row.status,
    categories: row.categories,
    purposes: row.purposes,
    recipients: row.recipients,
    validFrom: row.validFrom,
    validTo: row.validTo,
    method: row.method,
    grantedAt: row.consent.grantedAt,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
    withdrawalReason: row.withdrawalReason,
  };
}

export function toConsentRow(consent: Consent): ConsentEntity {
  return {
    id: consent.id,
    tenantId: consent.tenantId,
    clientId: consent.clientId,
    grantedAt: consent.grantedAt,
  };
}

export function toVersionRow(consent: Consent): ConsentVersionEntity {
  return {
    tenantId: consent.tenantId,
    consentId: consent.id,
    version: consent.version,
    change: consent.change,
    status: consent.status,
    categories: [...consent.categories],
    purposes: [...consent.purposes],
    recipients: [...consent.recipients],
    validFrom: consent.validFrom,
    validTo: consent.validTo,
    method: consent.method,
    withdrawalReason: consent.withdrawalReason,
    recordedBy: consent.recordedBy,
    recordedAt: consent.recordedAt,
  };
}
