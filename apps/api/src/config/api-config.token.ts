/** The validated ApiConfig, for wiring that depends on configuration. */
export const API_CONFIG = Symbol('lavterskel:ApiConfig');
