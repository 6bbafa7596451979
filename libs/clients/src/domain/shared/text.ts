/** Trimmed text, or null when blank: how every optional text input is stored. */
export function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
