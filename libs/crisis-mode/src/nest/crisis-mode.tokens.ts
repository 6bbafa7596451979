/** The CrisisModePorts every use case of this module is built from. */
export const CRISIS_MODE_PORTS = Symbol('lavterskel:crisis-mode:ports');
