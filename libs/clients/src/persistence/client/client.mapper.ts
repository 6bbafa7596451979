import type { TenantId } from '@lavterskel/kernel';
import type { Client, ClientDetails, ClientSummary } from '../../domain/client/client';
import type { ClientStatus, StatusChange } from '../../domain/client/client-status';
import type { NationalIdKind } from '../../domain/national-id/national-id';
import type { VulnerabilityFlagCode } from '../../domain/vulnerability/vulnerability-flag';
import type { ClientStatusChangeEntity } from './client-status-change.entity';
import type { ClientEntity } from './client.entity';

/** A client as read: every column but the derived search columns. */
export type ClientRow = Omit<ClientEntity, 'sortName' | 'searchText'>;

/** A list row: the summary's columns and the name it is sorted by. */
export type SummaryRow = Pick<
  ClientEntity,
  | 'id'
  | 'givenName'
  | 'familyName'
  | 'alias'
  | 'birthYear'
  | 'status'
  | 'primaryContact'
  | 'backupContact'
  | 'sortName'
>;

export function toClient(
  row: ClientRow,
  vulnerabilityFlags: readonly VulnerabilityFlagCode[],
): Client {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    nationalId: row.nationalId,
    nationalIdKind: row.nationalIdKind as NationalIdKind | null,
    givenName: row.givenName,
    familyName: row.familyName,
    alias: row.alias,
    birthYear: row.birthYear,
    birthDate: row.birthDate,
    contactChannels: row.contactChannels,
    preferredLanguage: row.preferredLanguage,
    interpreterNeeded: row.interpreterNeeded,
    status: row.status as ClientStatus,
    primaryContact: row.primaryContact,
    backupContact: row.backupContact,
    applicationId: row.applicationId,
    vulnerabilityFlags,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The columns a write sets; `version` is managed by the repository. */
export function toClientRow(client: Client): Omit<ClientEntity, 'version'> {
  return {
    id: client.id,
    tenantId: client.tenantId,
    nationalId: client.nationalId,
    nationalIdKind: client.nationalIdKind,
    givenName: client.givenName,
    familyName: client.familyName,
    alias: client.alias,
    birthYear: client.birthYear,
    birthDate: client.birthDate,
    contactChannels: [...client.contactChannels],
    preferredLanguage: client.preferredLanguage,
    interpreterNeeded: client.interpreterNeeded,
    status: client.status,
    primaryContact: client.primaryContact,
    backupContact: client.backupContact,
    applicationId: client.applicationId,
    sortName: sortName(client),
    searchText: searchText(client),
    createdAt: client.createdAt,
    updatedAt: client.updatedAt,
  };
}

export function toSummary(row: SummaryRow): ClientSummary {
  return {
    id: row.id,
    givenName: row.givenName,
    familyName: row.familyName,
    alias: row.alias,
    birthYear: row.birthYear,
    status: row.status as ClientStatus,
    primaryContact: row.primaryContact,
    backupContact: row.backupContact,
  };
}

export function toStatusChange(row: ClientStatusChangeEntity): StatusChange {
  return {
    id: row.id,
    clientId: row.clientId,
    from: row.fromStatus as ClientStatus | null,
    to: row.toStatus as ClientStatus,
    reason: row.reason,
    changedBy: row.changedBy,
    changedAt: row.changedAt,
  };
}

function sortName(details: ClientDetails): string {
  return (details.familyName ?? details.alias ?? details.givenName ?? '')
    .toLowerCase()
    .slice(0, 100);
}

function searchText(details: ClientDetails): string {
  const words = [details.givenName, details.familyName, details.alias]
    .join(' ')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  return words.map((word) => ` ${word}`).join('');
}

/** The LIKE pattern for "a word of search_text begins with `word`". */
export function wordPrefixPattern(word: string): string {
  return `% ${word.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
