export { KernelModule, type KernelModuleOptions } from './nest/kernel.module';
export {
  AUDIT_LOG,
  CARE_RELATIONS,
  CLOCK,
  ENTITY_MANAGER,
  KERNEL_DATA_SOURCE,
  RATE_LIMIT_STORAGE,
  UNIT_OF_WORK,
} from './nest/kernel.tokens';
export { ExpiredRecordsPurger } from './nest/expiry/expired-records-purger';
export { AuditChainLinkerJob } from './nest/audit/audit-chain-linker.job';
export {
  DEFAULT_RECORD_RETENTION,
  RECORD_RETENTION,
  type RecordRetention,
} from './nest/expiry/record-retention';
export { PostgresThrottlerStorage } from './nest/rate-limit/postgres-throttler-storage';
export { RateLimitGuard } from './nest/rate-limit/rate-limit.guard';
export { RATE_LIMITS_METADATA, RateLimited } from './nest/rate-limit/rate-limited.decorator';
export {
  rateLimitProviders,
  type RateLimitProvidersOptions,
  type RateLimitRule,
} from './nest/rate-limit/rate-limit.providers';
export { HttpConventionsModule, type HttpConventionsOptions } from './nest/http-conventions.module';
export type { AuthOptions } from './nest/auth/auth-options';
export { actorFromClaims, type LavterskelClaims } from './nest/auth/actor-claims';
export { AuthGuard } from './nest/auth/auth.guard';
export { Authorize, CurrentActor, Public } from './nest/auth/auth.decorators';
export { signDevelopmentToken, type DevelopmentTokenInput } from './nest/auth/development-token';
export { JwtActorVerifier } from './nest/auth/jwt-actor-verifier';
export { Policies, type Policy } from './nest/auth/policy';
export { AuditService } from './nest/audit/audit.service';
export { RefusalAuditMiddleware, refusalAuditEntry } from './nest/audit/refusal-audit';
export { AuditTrailModule } from './nest/audit/audit-trail.module';
export { AuditEventsController } from './nest/audit/audit-events.controller';
export { AuditEventDto, AuditEventPageDto } from './nest/audit/audit-event.dto';
export { ClientAccessLogController, CLIENT_ROLE } from './nest/audit/client-access-log.controller';
export { AccessLogLineDto, AccessLogPageDto } from './nest/audit/access-log-line.dto';
export { PageQueryDto } from './nest/pagination/page-query.dto';
export { PageOf, type PageBody } from './nest/pagination/page-of';
export { ApiProblemResponse, ApiProblemResponses } from './nest/problem/api-problem-responses';
export { DomainErrorFilter, assertNever } from './nest/problem/domain-error.filter';
export { HttpProblemFilter } from './nest/problem/http-problem.filter';
export {
  PROBLEM_CONTENT_TYPE,
  problemType,
  type ProblemDetails,
} from './nest/problem/problem-details';
export { FieldViolationDto, ProblemDetailsDto } from './nest/problem/problem-details.dto';
export {
  FhirAnnotationDto,
  FhirCodeableConceptDto,
  FhirCodingDto,
  FhirIdentifierDto,
  FhirMetaDto,
  FhirPeriodDto,
  FhirQuantityDto,
  FhirReferenceDto,
} from './nest/fhir/fhir-datatypes.dto';
export { ProblemException, type ProblemInit } from './nest/problem/problem.exception';
export { sendProblem, type ProblemBody } from './nest/problem/problem-response';
export { createValidationPipe, toFieldViolations } from './nest/problem/validation';
export {
  BREAK_GLASS_HEADER,
  BreakGlassReason,
  IfMatchVersion,
  decodeHeaderText,
} from './nest/http/request-headers.decorators';
export {
  IDEMPOTENCY_KEY_HEADER,
  IdempotencyInterceptor,
} from './nest/idempotency/idempotency.interceptor';
export { Idempotent } from './nest/idempotency/idempotent.decorator';
export { ApiBreakGlassHeader } from './nest/http/api-break-glass-header';
export { ApiIfMatch } from './nest/http/api-if-match';
export { UuidParam } from './nest/http/uuid-param';
export { TenantScope } from './nest/tenancy/tenant-scope';
export { requestIdFrom } from './nest/transactions/request-id';
export { PolicyGuard } from './nest/auth/policy.guard';
export { withLibraryConventions } from './nest/http/library-conventions';
export { APPLICATION_CARE_RELATIONS, chooseCareRelations } from './nest/care-relations.provider';
