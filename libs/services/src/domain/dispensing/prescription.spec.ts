import type { TenantId } from '@lavterskel/kernel';
import {
  overlappingTransfer,
  placeOn,
  prescriptionViolations,
  type PrescriptionTransfer,
} from './prescription';

const transfer = (from: string, until: string): PrescriptionTransfer => ({
  id: `${from}/${until}`,
  tenantId: '4003' as TenantId,
  prescriptionId: 'p',
  from,
  until,
  reason: 'Pharmacy closed',
  createdBy: 'nurse',
  createdAt: new Date(),
});

describe('prescriptions', () => {
  const atPharmacy = { place: { kind: 'pharmacy', pharmacyId: 'apotek-1' } as const };

  it('moves the place to the centre only on the days a transfer covers', () => {
    const transfers = [transfer('2026-11-23', '2026-11-29')];
    expect(placeOn(atPharmacy, transfers, '2026-11-22')).toEqual(atPharmacy.place);
    expect(placeOn(atPharmacy, transfers, '2026-11-23')).toEqual({ kind: 'centre' });
    expect(placeOn(atPharmacy, transfers, '2026-11-29')).toEqual({ kind: 'centre' });
    expect(placeOn(atPharmacy, transfers, '2026-11-30')).toEqual(atPharmacy.place);
  });

  it('finds the transfer a new period would overlap', () => {
    const existing = [transfer('2026-11-23', '2026-11-29')];
    expect(overlappingTransfer(existing, { from: '2026-11-29', to: '2026-12-05' })?.id).toBe(
      '2026-11-23/2026-11-29',
    );
    expect(overlappingTransfer(existing, { from: '2026-11-30', to: '2026-12-05' })).toBeUndefined();
  });

  it('needs a known medication, a positive dose, an end after the start and a prescriber', () => {
    expect(
      prescriptionViolations({
        medication: 'heroin' as never,
        dailyDoseMg: -5,
        validFrom: '2026-11-10',
        validTo: '2026-11-01',
        place: { kind: 'centre' },
        prescriber: '',
      }),
    ).toEqual([
      expect.objectContaining({ field: 'medication', rule: 'one-of' }),
      expect.objectContaining({ field: 'dailyDoseMg', rule: 'positive' }),
      expect.objectContaining({ field: 'validTo', rule: 'not-before-valid-from' }),
      expect.objectContaining({ field: 'prescriber', rule: 'not-blank' }),
    ]);
  });
});
