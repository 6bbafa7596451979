import type { TenantId } from '@lavterskel/kernel';
import type { ClinicalProfile } from '../clinical-profile/clinical-profile';
import type { ClinicalProfileRepository } from '../clinical-profile/clinical-profile.repository';
import { clinicalProfileExists } from '../clinical-profile/create-clinical-profile.use-case';
import type { CrisisPlan } from '../crisis-plan/crisis-plan';
import type { CrisisPlanRepository } from '../crisis-plan/crisis-plan.repository';
import { crisisPlanExists } from '../crisis-plan/create-crisis-plan.use-case';
import type { Relative } from '../relative/relative';
import type { RelativeRepository } from '../relative/relative.repository';
import { InMemoryRecordStore } from './in-memory-record-store';

export class InMemoryCrisisPlanRepository implements CrisisPlanRepository {
  private readonly store = new InMemoryRecordStore<CrisisPlan>(crisisPlanExists);
  find = async (tenantId: TenantId, clientId: string) => this.store.get(tenantId, clientId);
  insert = async (tenantId: TenantId, plan: CrisisPlan) =>
    this.store.insert(tenantId, plan.clientId, plan);
  update = async (tenantId: TenantId, plan: CrisisPlan, expectedVersion: number) =>
    this.store.update(tenantId, plan.clientId, plan, expectedVersion);
}

export class InMemoryClinicalProfileRepository implements ClinicalProfileRepository {
  private readonly store = new InMemoryRecordStore<ClinicalProfile>(clinicalProfileExists);
  find = async (tenantId: TenantId, clientId: string) => this.store.get(tenantId, clientId);
  insert = async (tenantId: TenantId, profile: ClinicalProfile) =>
    this.store.insert(tenantId, profile.clientId, profile);
  update = async (tenantId: TenantId, profile: ClinicalProfile, expectedVersion: number) =>
    this.store.update(tenantId, profile.clientId, profile, expectedVersion);
}

export class InMemoryRelativeRepository implements RelativeRepository {
  private readonly store = new InMemoryRecordStore<Relative>(
    () => new Error('duplicate relative id'),
  );
  insert = async (tenantId: TenantId, relative: Relative) =>
    this.store.insert(tenantId, relative.id, relative);
  find = async (tenantId: TenantId, clientId: string, relativeId: string) => {
    const relative = this.store.get(tenantId, relativeId);
    return relative?.clientId === clientId ? relative : null;
  };
  listByClient = async (tenantId: TenantId, clientId: string) =>
    this.store
      .all(tenantId)
      .filter((relative) => relative.clientId === clientId)
      .sort((a, b) => a.name.localeCompare(b.name));
  update = async (tenantId: TenantId, relative: Relative, expectedVersion: number) =>
    this.store.update(tenantId, relative.id, relative, expectedVersion);
  remove = async (tenantId: TenantId, clientId: string, relativeId: string) =>
    (await this.find(tenantId, clientId, relativeId)) !== null &&
    this.store.remove(tenantId, relativeId);
}
