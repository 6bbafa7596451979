import type { TenantId } from '@lavterskel/kernel';
import { aPrescription } from '../testing/builders';
import { dailyDispensingList } from './daily-dispensing-list';
import type { DispensingEvent } from './dispensing-event';

const tenantId = '4003' as TenantId;
const event = (prescriptionId: string, day: string, voided = false): DispensingEvent => ({
  id: `${prescriptionId}-${day}-${voided}`,
  tenantId,
  prescriptionId,
  clientId: 'c',
  day,
  dispensedAt: new Date(`${day}T08:00:00Z`),
  channel: 'hatch',
  doseMg: 60,
  dispensedBy: 'nurse',
  correctsEventId: null,
  voided: voided ? { at: new Date(), by: 'nurse', reason: 'wrong client' } : null,
  createdAt: new Date(),
});

describe('the daily dispensing list', () => {
  const day = '2026-11-23';
  const atCentre = aPrescription();
  const dispensedToday = aPrescription();
  const voidedToday = aPrescription();
  const atPharmacy = aPrescription({ place: { kind: 'pharmacy', pharmacyId: 'apotek-1' } });
  const transferred = aPrescription({ place: { kind: 'pharmacy', pharmacyId: 'apotek-1' } });
  const ended = aPrescription({ validTo: '2026-11-22' });
  const prescriptions = [atCentre, dispensedToday, voidedToday, atPharmacy, transferred, ended];
  const transfers = [
    {
      id: 't',
      tenantId,
      prescriptionId: transferred.id,
      from: day,
      until: '2026-11-30',
      reason: 'closed',
      createdBy: 'n',
      createdAt: new Date(),
    },
  ];
  const events = [
    event(dispensedToday.id, day),
    event(voidedToday.id, day, true),
    event(atCentre.id, '2026-11-22'),
  ];

  it('lists who is due at the centre today, who has had it and who is missing', () => {
    const list = dailyDispensingList({
      day,
      place: { kind: 'centre' },
      prescriptions,
      transfers,
      events,
    });
    expect(list.dispensed.map((entry) => entry.prescription.id)).toEqual([dispensedToday.id]);
    expect(list.missing.map((entry) => entry.prescription.id)).toEqual([
      atCentre.id,
      voidedToday.id,
      transferred.id,
    ]);
  });

  it("lists a pharmacy's clients, without those transferred to the centre", () => {
    const list = dailyDispensingList({
      day,
      place: { kind: 'pharmacy', pharmacyId: 'apotek-1' },
      prescriptions,
      transfers,
      events,
    });
    expect(list.missing.map((entry) => entry.prescription.id)).toEqual([atPharmacy.id]);
    expect(list.dispensed).toEqual([]);
  });
});
