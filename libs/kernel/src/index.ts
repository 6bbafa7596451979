export type { Brand } from './domain/brand';
export { DomainError, type FieldViolation } from './domain/domain-error';
export { KernelError, KernelErrorCode, notFound } from './domain/kernel-error';
export { isTenantId, parseTenantId, type TenantId } from './domain/tenant-id';
export { isUuid, newId, parseUuid, type Uuid } from './domain/uuid';
export { hasAnyRole, type Actor } from './domain/actor';
export { fixedClock, systemClock, type Clock } from './domain/clock';
export {
  OSLO_TIME_ZONE,
  addDays,
  daysBetween,
  isCalendarDay,
  isRealDate,
  isoWeekday,
  osloDate,
} from './domain/oslo-calendar';
export {
  DEFAULT_PAGE_LIMIT,
  MAX_PAGE_LIMIT,
  decodeCursor,
  encodeCursor,
  pageLimit,
  type Page,
  type PageRequest,
} from './domain/pagination';
export { isCursorPart, type CursorPartKind } from './domain/cursor-key';
export {
  recordAll,
  type AuditAction,
  type AuditEntry,
  type AuditLog,
  type AuditLogInStatement,
  type InStatementAuditEntry,
  type RecordedAuditEntry,
  DURABLE_AUDIT_ACTIONS,
} from './domain/audit';
export type { UnitOfWork } from './domain/unit-of-work';
export { accessLogLine, resourceInWords, type AccessLogLine } from './domain/access-log';
export {
  clientsInCare,
  combineCareRelations,
  type CareRelations,
  type CareRelationsInStatement,
} from './domain/care-relations';
export {
  MIN_BREAK_GLASS_REASON,
  authorizeBreakGlass,
  authorizeClientAccess,
  authorizeWithoutCareRelation,
  type BreakGlassRequest,
  type ClientAccessBasis,
  type ClientAccessRequest,
} from './domain/client-access';
export { isOrganisationNumber } from './domain/organisation-number';
export { etagOf, expectedVersion, staleVersion } from './domain/versioning';
export type {
  ClientMergeContext,
  ClientMergeParticipant,
  ClientMergeReceipt,
  ClientMergeTableReceipt,
} from './domain/client-merge';
