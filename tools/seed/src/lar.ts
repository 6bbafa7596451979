import type { BulkWriter } from './bulk-writer';
import type { SeededClient } from './clients';
import type { Organisation, SeededService, SeededStaffMember } from './organisation';
import type { SeedContext } from './seed-context';
import { DISPENSING_EVENT, PRESCRIPTION } from './tables';

const MEDICATIONS = [
  { medication: 'buprenorphine-naloxone', doses: [8, 12, 16, 24] },
  { medication: 'buprenorphine', doses: [8, 12, 16, 24] },
  { medication: 'methadone', doses: [60, 80, 90, 110, 130] },
  { medication: 'levomethadone', doses: [40, 50, 60] },
  { medication: 'slow-release-morphine', doses: [400, 600, 800] },
] as const;

export interface SeededPrescription {
  readonly id: string;
  readonly clientId: string;
  readonly serviceId: string;
  readonly place: 'centre' | 'pharmacy';
}

/**
 * Opioid agonist treatment (LAR) for a client enrolled in a LAR service: one prescription and a
 * dispensing every day of the last year it was valid, up to yesterday (today's dose is left for
 * whoever dispenses it), skipping the odd missed day.
 */
export async function writeLar(
  writer: BulkWriter,
  context: SeedContext,
  organisation: Organisation,
  client: SeededClient,
): Promise<SeededPrescription | undefined> {
  const service = client.services.find((candidate) => candidate.lar);
  if (!service || client.status !== 'active') return undefined;
  const { tenant } = context;
  const random = context.random(`lar:${client.index}`);
  const { medication, doses } = random.pick(MEDICATIONS);
  const dose = random.pick(doses);
  const validFromDays = random.int(30, Math.max(30, client.sinceDays));
  const validFrom = context.day(-validFromDays);
  const place = random.chance(0.8) ? 'centre' : 'pharmacy';
  const id = context.uuid('prescription', client.index);
  const dispensers = larDispensers(organisation, service);
  await writer.add(PRESCRIPTION, [
    id,
    tenant,
    client.id,
    service.id,
    medication,
    dose,
    validFrom,
    null,
    place,
    place === 'pharmacy' ? random.pick(organisation.pharmacyIds) : null,
    'Lege ved LAR-poliklinikken',
    client.primaryContact.subject,
    context.at(validFrom, 60),
  ]);
  for (let daysAgo = Math.min(365, validFromDays); daysAgo >= 1; daysAgo -= 1) {
    if (random.chance(0.04)) continue;
    const date = context.day(-daysAgo);
    const dispensed = context.at(date, random.int(60, 420));
    await writer.add(DISPENSING_EVENT, [
      context.uuid('dispensing', client.index, 1000 - daysAgo),
      tenant,
      id,
      client.id,
      date,
      dispensed,
      place === 'pharmacy'
        ? 'pharmacy'
        : random.chance(0.75)
          ? 'counter'
          : random.chance(0.8)
            ? 'hatch'
            : 'home-delivery',
      dose,
      place === 'pharmacy' ? 'apotek' : random.pick(dispensers).subject,
      null,
      null,
      null,
      null,
      dispensed,
    ]);
  }
  return { id, clientId: client.id, serviceId: service.id, place };
}

/** Staff of the service's team who may dispense LAR medication. */
export function larDispensers(
  organisation: Organisation,
  service: SeededService,
): readonly SeededStaffMember[] {
  const team = organisation.staffByTeam.get(service.teamId) ?? [];
  const qualified = team.filter((member) => member.competencies.includes('lar-dispensing'));
  return qualified.length > 0 ? qualified : team.length > 0 ? team : organisation.staff;
}
