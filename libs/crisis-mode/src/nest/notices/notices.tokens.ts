/** The notices part's options (`CrisisModeModuleOptions.notices`, defaults filled in). */
export const NOTICES_OPTIONS = Symbol('lavterskel:crisis-mode:notices-options');
