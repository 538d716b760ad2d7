import type { IssueProblem, ParseIssue, ParseResult } from './parse-result.js';
import { isList } from './parse-values.js';

// The words of a parser's problems: where (a path like `services[3].phone`), what was expected and, at most
// 40 characters of it, what was found, with "did you mean" for a near miss.

// A wildly wrong file should give a readable list, not ten thousand lines.
const maxIssues = 300;
// The most of a bad value (or key) ever repeated back in a message.
const maxEcho = 40;

/** Collects errors and warnings in input order; an empty path stands for the whole input (`root`). */
export class IssueLog {
  readonly errors: ParseIssue[] = [];
  readonly warnings: ParseIssue[] = [];
  /** Whether each issue keeps its code and details beside its message. */
  protected readonly keepsCodes: boolean = false;
  private readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  /** Records a problem that stops the input being used: where, what in words for a developer, and what as a code. */
  error(path: string, message: string, problem?: IssueProblem): void {
    this.push(this.errors, path, message, problem);
  }

  /** Records a problem the input can be used despite. */
  warn(path: string, message: string, problem?: IssueProblem): void {
    this.push(this.warnings, path, message, problem);
  }

  /** The parser's answer: the value when nothing was wrong, else every error. */
  result<T>(value: T | undefined): ParseResult<T> {
    if (this.errors.length === 0 && value !== undefined) return { ok: true, value, warnings: this.warnings };
    if (this.errors.length === 0) this.error('', 'could not be read', { code: 'unreadable' });
    return { ok: false, errors: this.errors, warnings: this.warnings };
  }

  private push(list: ParseIssue[], path: string, message: string, problem: IssueProblem | undefined): void {
    if (list.length < maxIssues) list.push(this.issue(path || this.root, message, problem));
    else if (list.length === maxIssues) {
      list.push(this.issue(this.root, 'more problems were found than can be listed here; fix these and check again', { code: 'tooManyProblems' }));
    }
  }

  private issue(path: string, message: string, problem: IssueProblem | undefined): ParseIssue {
    return this.keepsCodes && problem ? { path, message, ...problem } : { path, message };
  }
}

/**
 * An issue log whose every issue carries its code and details (the trust config's), so a page such as the config
 * editor can say each problem in its own words. Other inputs' issues keep to a path and a message.
 */
export class CodedIssueLog extends IssueLog {
  protected override readonly keepsCodes = true;

  override error(path: string, message: string, problem: IssueProblem): void {
    super.error(path, message, problem);
  }

  override warn(path: string, message: string, problem: IssueProblem): void {
    super.warn(path, message, problem);
  }
}

/** A value as short, safe words for a message: `"call us"`, `42`, `a list [ … ]`. Never more than 40 characters of it. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string': return value.trim() === '' ? 'empty text' : quote(value.trim());
    case 'number': return Number.isFinite(value) ? String(value) : 'a number that is not valid';
    case 'bigint': return 'a BigInt number';
    case 'boolean': return String(value);
    case 'symbol': return 'a symbol';
    case 'function': return 'a function';
    case 'undefined': return 'nothing';
    default: return value === null ? 'null' : isList(value) ? 'a list [ … ]' : 'a group of config fields { … }';
  }
}

/** Text cut to 40 characters, with control and direction characters blanked so it reads as written: a value to name in a problem. */
export function excerpt(text: string): string {
  let head = text.slice(0, maxEcho);
  // Never leave half a surrogate pair at the cut.
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  head = head.replace(/[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, ' ');
  return `${head}${text.length > maxEcho ? '…' : ''}`;
}

/** Text in quotes, cut to 40 characters, with control and direction characters blanked so a message reads as written. */
export function quote(text: string): string {
  return `"${excerpt(text)}"`;
}

/** `base.key`, or `base["odd key"]` when the key is not a plain name; `key` alone at the root. */
export function joinPath(base: string, key: string): string {
  if (/^[A-Za-z_$][\w$]{0,39}$/.test(key)) return base ? `${base}.${key}` : key;
  return `${base}[${quote(key)}]`;
}

/** `base[index]`. */
export function indexPath(base: string, index: number): string {
  return `${base}[${index}]`;
}

/** Edit distance, for "did you mean"; both words are short (known names, cut user keys). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** The known word a typo most likely meant (`sevices` → `services`), or undefined when none is close. */
export function closest(word: string, known: readonly string[]): string | undefined {
  const typed = word.slice(0, maxEcho).toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const lower = candidate.toLowerCase();
    // A word cut short ("sleep" for "sleepEnergy") is as likely a slip as a typo.
    const d = typed.length >= 4 && lower.startsWith(typed) ? 1 : distance(typed, lower);
    if (d < bestDistance && d < Math.max(typed.length, 2) / 2) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Names for a message, cut short: `a, b, c and 12 more`. */
export function listNames(names: readonly string[], max = 15): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

/** ` (did you mean "x"?)` for a near miss, or nothing. */
export function suggestion(word: string, known: readonly string[]): string {
  const near = closest(word, known);
  return near === undefined ? '' : ` (did you mean "${near}"?)`;
}
