export const AUDIT_TRAIL_QUERY = Symbol('lavterskel:AuditTrailQuery');
