/** Injection tokens for the kernel's ports; libraries inject these, never nestjs-cls directly. */
export const CLOCK = Symbol('lavterskel:Clock');
export const ENTITY_MANAGER = Symbol('lavterskel:EntityManagerAccessor');
export const UNIT_OF_WORK = Symbol('lavterskel:UnitOfWork');
export const AUDIT_LOG = Symbol('lavterskel:AuditLog');
/** CareRelations: provided by the application, which combines what each library knows. */
export const CARE_RELATIONS = Symbol('lavterskel:CareRelations');
/** The DataSource the libraries share (an alias of the application's DataSource token). */
export const KERNEL_DATA_SOURCE = Symbol('lavterskel:DataSource');
/** The `@nestjs/throttler` storage every process shares (PostgreSQL), for `rateLimitProviders`. */
export const RATE_LIMIT_STORAGE = Symbol('lavterskel:RateLimitStorage');
/** Milliseconds between runs of the audit-chain linker in each process (0: off). */
export const AUDIT_CHAIN_LINK_INTERVAL_MS = Symbol('lavterskel:AuditChainLinkIntervalMs');
