import type { Type } from '@nestjs/common';
import type { CareRelations } from '@lavterskel/kernel';
import { ClientContactCareRelations } from '@lavterskel/clients/nest';
import { ServicesCareRelations } from '@lavterskel/services/nest';

/**
 * The providers (exported by the libraries' Nest modules) that each know one kind of care
 * relation: the clients library knows primary and back-up contacts, the services library
 * knows which teams' services a client is enrolled in. One list per library, so each is
 * wired where that library is.
 */
export const clientsCareRelationSources: Type<CareRelations>[] = [ClientContactCareRelations];
export const servicesCareRelationSources: Type<CareRelations>[] = [ServicesCareRelations];
