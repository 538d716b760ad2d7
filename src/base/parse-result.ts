/** One problem found in an input: where (`services[3].phone`) and what, in plain words. */
export interface ParseIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * What a parser returns, never throwing: the normalised value and any warnings, or every error found.
 * Warnings never stop a value being used; errors do.
 */
export type ParseResult<T> =
  | { ok: true; value: T; warnings: ParseIssue[] }
  | { ok: false; errors: ParseIssue[]; warnings: ParseIssue[] };

/** An issue as one line for the HR admin's error panel: `services[3].phone: expected …`. */
export function formatIssue(issue: ParseIssue): string {
  return `${issue.path}: ${issue.message}`;
}
