import { randomUUID } from 'node:crypto';
import { addDays } from '../fixtures/dates';
import { inBatches } from '../fixtures/in-batches';
import type { StaffWithToken } from '../fixtures/staff';
import { dispenseUnit } from '../sql/dispense.sql';
import { json, type BenchContext, type Scenario } from './scenario';

const HISTORY_DAYS = 360;

export interface Dispensing {
  staff: StaffWithToken;
  prescriptionId: string;
  clientId: string;
  day: string;
  dailyDoseMg: number;
}

/**
 * POST /v1/dispensing/prescriptions/{id}/dispensings. One dispensing per prescription and day is
 * the rule, so the bench first registers its own prescriptions through the API (valid for the
 * past year, none dispensed) for clients in the callers' reach, and each request records a
 * different (prescription, day): yesterday for every prescription, then the day before, …
 */
export function dispenseScenario(context: BenchContext, prescriptions: number): Scenario {
  let made: { staff: StaffWithToken; prescriptionId: string; clientId: string }[] = [];
  let sequence = 0;
  const next = (): Dispensing => {
    const index = sequence;
    sequence += 1;
    const prescription = made[index % made.length];
    const daysBack = 1 + Math.floor(index / made.length);
    if (!prescription || daysBack > HISTORY_DAYS)
      throw new Error('dispense: out of prescription days');
    return { ...prescription, day: addDays(context.today, -daysBack), dailyDoseMg: 60 };
  };
  const scenario: Scenario = {
    id: 'dispense',
    title: 'LAR dispensing',
    sqlWork:
      'the prescription, care relation, the dispensing INSERT (the once-a-day unique index), the idempotency claim with the audit INSERT as its CTE, in one transaction',
    prepare: async () => {
      const service =
        context.summary.services.find((candidate) => /LAR/.test(candidate.name)) ??
        context.summary.services[0];
      if (!service) throw new Error('dispense: the seed has no service');
      const clients = distinctClients(context.pairs).slice(0, prescriptions);
      made = await inBatches(clients, 8, async ({ staff, clientId }) => {
        const created = await context.api.expect<{ id: string }>(
          201,
          'POST',
          '/v1/dispensing/prescriptions',
          staff.token,
          {
            clientId,
            serviceId: service.id,
            medication: 'methadone',
            dailyDoseMg: 60,
            validFrom: addDays(context.today, -HISTORY_DAYS - 1),
            validTo: addDays(context.today, 30),
            prescriber: 'LAR-lege, benkemerket',
          },
        );
        return { staff, prescriptionId: created.id, clientId };
      });
      scenario.note = `${made.length} prescriptions made for the bench, one dispensing per prescription and day`;
    },
    nextCall: () => {
      const dispensing = next();
      return {
        method: 'POST',
        path: `/v1/dispensing/prescriptions/${dispensing.prescriptionId}/dispensings`,
        headers: { authorization: dispensing.staff.token, 'idempotency-key': randomUUID() },
        body: { channel: 'hatch', dispensedAt: `${dispensing.day}T12:00:00Z` },
        check: (status, body) => {
          const event = json(body);
          return (
            status === 201 &&
            event['prescriptionId'] === dispensing.prescriptionId &&
            event['day'] === dispensing.day
          );
        },
      };
    },
    nextUnit: () => dispenseUnit(context, next()),
  };
  return scenario;
}

function distinctClients<T extends { clientId: string }>(pairs: readonly T[]): T[] {
  const seen = new Set<string>();
  return pairs.filter((pair) => !seen.has(pair.clientId) && seen.add(pair.clientId));
}
