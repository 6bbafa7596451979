import type { IsoDate } from '../shared/calendar';
import type { DispensingEvent } from './dispensing-event';
import {
  isValidOn,
  placeOn,
  type DispensingPlace,
  type Prescription,
  type PrescriptionTransfer,
} from './prescription';

export interface DailyListEntry {
  prescription: Prescription;
  /** The live dispensing of the day; `null` while the client is still missing. */
  dispensing: DispensingEvent | null;
}

/** Who is due at a place on a day, who has had their dose, and who is missing. */
export interface DailyDispensingList {
  day: IsoDate;
  place: DispensingPlace;
  dispensed: DailyListEntry[];
  missing: DailyListEntry[];
}

function samePlace(a: DispensingPlace, b: DispensingPlace): boolean {
  return a.kind === 'centre'
    ? b.kind === 'centre'
    : b.kind === 'pharmacy' && a.pharmacyId === b.pharmacyId;
}

/**
 * Builds the day's list for one place from a service's prescriptions, their transfers and the
 * day's events. Due: valid that day, dispensed at this place that day (transfers included).
 */
export function dailyDispensingList(input: {
  day: IsoDate;
  place: DispensingPlace;
  prescriptions: readonly Prescription[];
  transfers: readonly PrescriptionTransfer[];
  events: readonly DispensingEvent[];
}): DailyDispensingList {
  const { day, place } = input;
  const due = input.prescriptions.filter(
    (p) =>
      isValidOn(p, day) &&
      samePlace(
        placeOn(
          p,
          input.transfers.filter((t) => t.prescriptionId === p.id),
          day,
        ),
        place,
      ),
  );
  const live = new Map(
    input.events
      .filter((e) => e.day === day && e.voided === null)
      .map((e) => [e.prescriptionId, e]),
  );
  const entries = due.map((prescription) => ({
    prescription,
    dispensing: live.get(prescription.id) ?? null,
  }));
  return {
    day,
    place,
    dispensed: entries.filter((entry) => entry.dispensing !== null),
    missing: entries.filter((entry) => entry.dispensing === null),
  };
}
