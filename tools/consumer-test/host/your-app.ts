// Stand-ins for what a host application already has (its users, tables, client registry), for the
// README examples this test compiles and boots. A request names its user in `X-Test-User` (JSON).

import { Injectable, Module } from '@nestjs/common';
import type { Actor, CareRelations } from '@lavterskel/kernel';
import type { StaffAvailability } from '@lavterskel/clients';
import type { OtherLibraries } from '@lavterskel/crisis-mode';

export interface YourUser {
  id: string;
  municipalityNumber: string;
  roles: string[];
  teamIds: string[];
}

export function yourUserOf(request: {
  headers: Record<string, string | string[] | undefined>;
}): YourUser | undefined {
  const header = request.headers['x-test-user'];
  return typeof header === 'string' ? (JSON.parse(header) as YourUser) : undefined;
}

export const yourEntities: Function[] = [];
export const yourMigrations: Function[] = [];

/** Every client id is a client of the municipality and served by everyone. */
export const yourClientRegistry = {
  activeIds: async (_tenant: string, _after: string | undefined, _limit: number) => [] as string[],
  has: async (_tenant: string, _clientId: string) => true,
  serves: async (_staff: string, _clientId: string) => true,
};

/** Need-to-know: everyone serves every client. */
export const yourCareRelations: CareRelations = { hasCareRelation: async () => true };

export const yourClientDirectory = {
  exists: async (_query: { actor: Actor; clientId: string }) => true,
  requiresTwoStaff: async (_query: { actor: Actor; clientId: string }) => false,
};

export const yourStaffAvailability: StaffAvailability = {
  absentAmong: async () => new Set<string>(),
};

export const yourConsents = {
  toContactTracing: async (_tenant: string, _clientId: string) =>
    undefined as { id: string } | undefined,
};

export const yourCurrentTenant = (): string | undefined => undefined;

@Injectable()
export class YourCrisisPorts {
  otherLibraries(): OtherLibraries {
    throw new Error('the crisis-mode example is compiled, not booted');
  }
}

@Module({ providers: [YourCrisisPorts], exports: [YourCrisisPorts] })
export class YourSystemModule {}
