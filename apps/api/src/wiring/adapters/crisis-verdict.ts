import type { PolicyVerdict } from '@lavterskel/crisis-mode';

/** A refusal in the words every library's crisis-rules port answers in. */
export type LibraryVerdict =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      readonly rule: string;
      readonly level: string;
      readonly planVersion: number | null;
      readonly message: string;
    };

/** Crisis mode's verdict, without what the libraries do not need (the exception's id). */
export function libraryVerdict(verdict: PolicyVerdict): LibraryVerdict {
  if (verdict.allowed) return { allowed: true };
  const { rule, level, planVersion, message } = verdict;
  return { allowed: false, rule, level, planVersion, message };
}
