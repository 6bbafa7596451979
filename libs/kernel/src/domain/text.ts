const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Why `value` cannot be stored as text: a NUL character (PostgreSQL refuses it) or a UTF-16
 * surrogate without its pair (not Unicode text at all); undefined when it can.
 */
export function textFault(value: string): 'nul' | 'unpaired-surrogate' | undefined {
  if (value.includes('\u0000')) return 'nul';
  return LONE_SURROGATE.test(value) ? 'unpaired-surrogate' : undefined;
}
