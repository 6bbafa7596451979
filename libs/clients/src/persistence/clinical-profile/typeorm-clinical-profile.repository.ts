import { staleVersion, type TenantId } from '@lavterskel/kernel';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { ClinicalProfile, Substance } from '../../domain/clinical-profile/clinical-profile';
import type { ClinicalProfileRepository } from '../../domain/clinical-profile/clinical-profile.repository';
import { clinicalProfileExists } from '../../domain/clinical-profile/create-clinical-profile.use-case';
import { isUniqueViolation } from '../shared/unique-violation';
import { ClinicalProfileEntity } from './clinical-profile.entity';

function toClinicalProfile(row: ClinicalProfileEntity): ClinicalProfile {
  return {
    clientId: row.clientId,
    mainSubstances: row.mainSubstances as Substance[],
    rop: row.rop,
    diagnoses: row.diagnoses,
    diagnosesPurpose: row.diagnosesPurpose,
    version: row.version,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt,
  };
}

function toRow(profile: ClinicalProfile) {
  return {
    mainSubstances: [...profile.mainSubstances],
    rop: profile.rop,
    diagnoses: [...profile.diagnoses],
    diagnosesPurpose: profile.diagnosesPurpose,
    updatedBy: profile.updatedBy,
    updatedAt: profile.updatedAt,
  };
}

/** Clinical profiles on PostgreSQL: one per client, replaced only at the version read. */
export class TypeOrmClinicalProfileRepository implements ClinicalProfileRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async find(tenantId: TenantId, clientId: string): Promise<ClinicalProfile | null> {
    const row = await this.manager().findOneBy(ClinicalProfileEntity, { tenantId, clientId });
    return row ? toClinicalProfile(row) : null;
  }

  async insert(tenantId: TenantId, profile: ClinicalProfile): Promise<void> {
    try {
      await this.manager().insert(ClinicalProfileEntity, {
        ...toRow(profile),
        clientId: profile.clientId,
        tenantId,
        version: profile.version,
      });
    } catch (error) {
      if (isUniqueViolation(error, 'clinical_profile_pkey')) throw clinicalProfileExists();
      throw error;
    }
  }

  async update(
    tenantId: TenantId,
    profile: ClinicalProfile,
    expectedVersion: number,
  ): Promise<ClinicalProfile> {
    const result = await this.manager()
      .createQueryBuilder()
      .update(ClinicalProfileEntity)
      .set({ ...toRow(profile), version: () => 'version + 1' })
      .where('client_id = :clientId AND tenant_id = :tenantId AND version = :expectedVersion', {
        clientId: profile.clientId,
        tenantId,
        expectedVersion,
      })
      .execute();
    if (result.affected !== 1) throw staleVersion();
    return { ...profile, version: expectedVersion + 1 };
  }
}
