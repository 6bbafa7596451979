import type { TenantId } from '@lavterskel/kernel';
import type { Disclosure } from '../domain/disclosure';
import { toBasis, toBasisColumns } from './decision-basis.mapper';
import type { DisclosureEntity } from './disclosure.entity';

export function toDisclosure(row: DisclosureEntity): Disclosure {
  const basis = toBasis(row);
  // The table's check constraint makes every stored disclosure carry a complete basis.
  if (!basis) throw new Error(`disclosure ${row.id} has no basis`);
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    clientId: row.clientId,
    decisionId: row.decisionId,
    category: row.category,
    purpose: row.purpose,
    recipient: row.recipient,
    basis,
    description: row.description,
    disclosedBy: row.disclosedBy,
    disclosedAt: row.disclosedAt,
  };
}

export function toDisclosureRow(disclosure: Disclosure): DisclosureEntity {
  return {
    id: disclosure.id,
    tenantId: disclosure.tenantId,
    clientId: disclosure.clientId,
    decisionId: disclosure.decisionId,
    category: disclosure.category,
    purpose: disclosure.purpose,
    recipient: disclosure.recipient,
    ...toBasisColumns(disclosure.basis),
    description: disclosure.description,
    disclosedBy: disclosure.disclosedBy,
    disclosedAt: disclosure.disclosedAt,
  };
}
