/** The ConsentDependencies every use case of this module is built from. */
export const CONSENT_DEPENDENCIES = Symbol('lavterskel:consent:ConsentDependencies');
