import { issuePathTokens, type PathToken } from '../../src/base/issue-path.js';
import type { ParseIssue, ParseResult, TrustConfig } from '../../src/content/trust-config.js';
import type { ErrorSummaryItem } from '../error-summary/error-summary.js';
import { canonicalTag } from './config-paths.js';
import type { IssueOwner } from './issue-words.js';

/** The messages shown next to one field: errors stop the config being used, warnings do not. */
export interface FieldMessages {
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/** One problem as a list at the top shows it: the field it links to, and the message, in the same words as beside the field. */
export interface ListedIssue extends ErrorSummaryItem {
  readonly severity: 'error' | 'warning';
}

interface Entry {
  readonly issue: ParseIssue;
  readonly severity: 'error' | 'warning';
  readonly key: string;
  readonly tokens: readonly PathToken[];
  owner?: { target: string; order: number; message: string };
}

/** Says one problem in the form's words, about the field or group that shows it (`issueMessage`, with the config's names). */
export type SayIssue = (issue: ParseIssue, owner: IssueOwner, path: readonly PathToken[]) => string;

export { checkConfig } from '../../src/i18n/check-config.js';

/** The id of the field to problems that no field on the page owns (the whole file, an unknown setting). */
export const otherProblemsId = 'other-problems';

// A language code in a path may be spelt any way (`en-gb`); fields use the usual spelling. Only the case
// changes, so no other name (`url`, `id`) can be mistaken for a language.
function normalToken(token: PathToken): PathToken {
  if (typeof token === 'number') return token;
  const tag = canonicalTag(token);
  return tag !== undefined && tag.toLowerCase() === token.toLowerCase() ? tag : token;
}

/** The key of a field or an issue: its path's steps joined by `/` (`services/3/phone`). */
export function fieldKey(path: readonly PathToken[]): string {
  return path.map((t) => String(normalToken(t))).join('/');
}

/** A field's element id from its path: `['services', 3, 'phone']` → `services-3-phone`. Distinct paths give distinct ids. */
export function fieldId(path: readonly PathToken[]): string {
  const part = (t: PathToken) => String(normalToken(t)).replace(/[^A-Za-z0-9]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`);
  return ['cfg', ...path.map(part)].join('-');
}

/** The element id of the field an issue path (`services[3].phone`) is about, for tests and links. */
export function fieldIdForIssue(path: string): string {
  return fieldId(issuePathTokens(path) ?? []);
}

/**
 * The parser's issues, handed out to the fields that show them, each in the form's words. The page claims
 * issues as it renders, field by field in page order, so the lists at the top can follow that order and link
 * to each field. An issue no field claims is shown at the end of the row, section (or page) that holds its path.
 */
export class IssueIndex {
  private readonly entries: Entry[];
  private readonly say: SayIssue;
  private claims = 0;

  /** The issues of `result`, to be said by `say`. */
  constructor(result: ParseResult<unknown>, say: SayIssue) {
    const entry = (severity: Entry['severity']) => (issue: ParseIssue): Entry => {
      const tokens = issuePathTokens(issue.path) ?? [];
      return { issue, severity, key: fieldKey(tokens), tokens };
    };
    this.entries = [...(result.ok ? [] : result.errors.map(entry('error'))), ...result.warnings.map(entry('warning'))];
    this.say = say;
  }

  /** The number of errors. */
  get errorCount(): number {
    return this.entries.filter((e) => e.severity === 'error').length;
  }

  /** How many errors and warnings are at or inside `path`, claimed or not: whether a folded row must open. */
  countUnder(path: readonly PathToken[]): number {
    const prefix = fieldKey(path);
    return this.entries.filter((e) => e.key === prefix || e.key.startsWith(`${prefix}/`)).length;
  }

  /**
   * Claims the issues at any of `paths` (with `below`, also those inside them) for the field `target`, which
   * the messages name as `owner` says. Returns their messages for the field to show.
   */
  claim(target: string, owner: IssueOwner, paths: readonly (readonly PathToken[])[], below = false): FieldMessages {
    const keys = paths.map(fieldKey);
    return this.take(target, owner, (key) => keys.some((k) => key === k || (below && key.startsWith(`${k}/`))));
  }

  /**
   * Claims every unclaimed issue at or inside `path` (a row, a section, or with `[]` the whole file), for
   * messages shown on the group, which they name as `owner` says.
   */
  claimRest(target: string, owner: IssueOwner, path: readonly PathToken[]): FieldMessages {
    const prefix = fieldKey(path);
    return this.take(target, owner, (key) => prefix === '' || key === prefix || key.startsWith(`${prefix}/`));
  }

  /**
   * Every problem in page order, errors first: what the error summary and the warnings list show, in the same
   * words as beside its field. Call it once every field has claimed its problems and the page the rest.
   */
  listed(): ListedIssue[] {
    const order = (e: Entry) => e.owner?.order ?? Number.MAX_SAFE_INTEGER;
    return [...this.entries]
      .sort((a, b) => (a.severity === b.severity ? order(a) - order(b) : a.severity === 'error' ? -1 : 1))
      .map((e) => ({ severity: e.severity, target: e.owner?.target ?? otherProblemsId, text: e.owner?.message ?? e.issue.message }));
  }

  private take(target: string, owner: IssueOwner, matches: (key: string) => boolean): FieldMessages {
    const errors: string[] = [];
    const warnings: string[] = [];
    for (const entry of this.entries) {
      if (entry.owner || !matches(entry.key)) continue;
      const message = this.say(entry.issue, owner, entry.tokens);
      entry.owner = { target, order: this.claims++, message };
      (entry.severity === 'error' ? errors : warnings).push(message);
    }
    return { errors, warnings };
  }
}
