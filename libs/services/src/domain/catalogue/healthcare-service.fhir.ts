import {
  municipalityReference,
  uuidIdentifier,
  type FhirCodeableConcept,
  type FhirIdentifier,
  type FhirReference,
} from '../shared/fhir';
import type { Service, ServiceCategory, ServiceMode } from './service';

/** FHIR R4 `HealthcareService` (https://hl7.org/fhir/R4/healthcareservice.html), as far as a service sets it. */
export interface FhirHealthcareService {
  resourceType: 'HealthcareService';
  id: string;
  meta: { lastUpdated: string; versionId: string };
  identifier: FhirIdentifier[];
  active: boolean;
  providedBy: FhirReference;
  category: FhirCodeableConcept[];
  name: string;
  comment?: string;
  location?: FhirReference[];
  characteristic?: FhirCodeableConcept[];
  availableTime?: { daysOfWeek: string[]; availableStartTime: string; availableEndTime: string }[];
  availabilityExceptions?: string;
}

const SERVICE_CATEGORY = 'http://terminology.hl7.org/CodeSystem/service-category';

/** HL7 service-category codes for each step of the chain. */
const CATEGORY_CODES: Record<ServiceCategory, { code: string; display: string }> = {
  prevention: { code: '7', display: 'Community Health Care' },
  'low-threshold': { code: '12', display: 'Drug/Alcohol' },
  'treatment-follow-up': { code: '12', display: 'Drug/Alcohol' },
  aftercare: { code: '32', display: 'Support Group/s' },
  housing: { code: '18', display: 'Housing/Homelessness' },
  activity: { code: '23', display: 'Physical Activity & Recreation' },
  work: { code: '15', display: 'Employment' },
};

const DAYS_OF_WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const MODE_NOTICE: Record<ServiceMode, string | undefined> = {
  open: undefined,
  reduced: 'Reduced service: fewer people at a time and shorter hours.',
  remote: 'Follow-up by phone or video; come in only by appointment.',
  'outdoor-only': 'Meetings and activities outdoors only.',
  'delivery-only': 'Delivery only: equipment, food and medication are brought to you.',
  closed: 'Closed for now.',
};

/** A catalogue service as FHIR R4 `HealthcareService`; a closed service is not `active`. */
export function toFhirHealthcareService(service: Service): FhirHealthcareService {
  const category = CATEGORY_CODES[service.category];
  const notice = MODE_NOTICE[service.mode];
  return {
    resourceType: 'HealthcareService',
    id: service.id,
    meta: { lastUpdated: service.updatedAt.toISOString(), versionId: String(service.version) },
    identifier: [uuidIdentifier(service.id)],
    active: service.mode !== 'closed',
    providedBy: municipalityReference(service.tenantId),
    category: [{ coding: [{ system: SERVICE_CATEGORY, ...category }], text: service.category }],
    name: service.name,
    ...(service.capacity !== null ? { comment: `Capacity: ${service.capacity} at a time.` } : {}),
    location: [
      { display: [service.location.name, service.location.address].filter(Boolean).join(', ') },
    ],
    ...(service.critical
      ? { characteristic: [{ text: 'critical: kept running in any crisis' }] }
      : {}),
    ...(service.openingHours.length > 0
      ? {
          availableTime: service.openingHours.map((slot) => ({
            daysOfWeek: [DAYS_OF_WEEK[slot.weekday - 1]],
            availableStartTime: `${slot.opens}:00`,
            availableEndTime: `${slot.closes}:00`,
          })),
        }
      : {}),
    ...(notice ? { availabilityExceptions: notice } : {}),
  };
}
