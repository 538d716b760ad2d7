import type { ReactiveControllerHost } from 'lit';
import { isIsoDate } from '../../src/base/calendar.js';

/** The three boxes of a date input, in the order they are shown and filled in, in every language. */
export const dateParts = ['day', 'month', 'year'] as const;

/** One box of a date input. */
export type DatePart = (typeof dateParts)[number];

/** What the three boxes of a date input hold, as typed. */
export type DateBoxes = Readonly<Record<DatePart, string>>;

/**
 * What is wrong with a date as typed, named as its message is under `plan:errors.date`: the parts missing
 * (`month`, `dayMonth`…), not a real date (`real`), or a year without 4 numbers (`yearDigits`).
 */
export type DateProblem = 'day' | 'month' | 'year' | 'dayMonth' | 'dayYear' | 'monthYear' | 'real' | 'yearDigits';

/** The three boxes read as a date: all empty, a real date (YYYY-MM-DD), or a problem with the boxes at fault. */
export type DateReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'problem'; readonly problem: DateProblem; readonly parts: readonly DatePart[] };

const empty: DateBoxes = { day: '', month: '', year: '' };

/** The most a box takes, so a date as typed always fits the length a draft keeps of a date. */
export const dateBoxLength = 20;

// A date typed in part or wrongly is held by the conversation as typed: nothing typed is lost (a draft keeps it), and
// the plan's check, finding no real date, stops Continue at it.
const typedPrefix = 'typed:';

/** What the conversation holds for boxes that do not make a date: the boxes as typed. */
export function heldAsTyped(boxes: DateBoxes): string {
  // Letters, numbers and spaces only: each stays one character written, so the whole fits a draft's date.
  return `${typedPrefix}${JSON.stringify(dateParts.map((part) => boxes[part].replace(/[^\p{L}\p{N} ]/gu, '').slice(0, dateBoxLength)))}`;
}

/** The boxes of a date held as typed (`heldAsTyped`), or undefined for anything else. */
function typedBoxes(value: string): DateBoxes | undefined {
  if (!value.startsWith(typedPrefix)) return undefined;
  try {
    const parts: unknown = JSON.parse(value.slice(typedPrefix.length));
    if (Array.isArray(parts) && parts.length === dateParts.length && parts.every((part) => typeof part === 'string')) {
      return { day: parts[0], month: parts[1], year: parts[2] };
    }
  } catch {
    // Not something this element wrote: shown as no date, beside the plan's own "Enter a real date".
  }
  return undefined;
}

/** The boxes showing a date the conversation holds: `2027-06-05` is 5, 6 and 2027, as a person would type it. */
export function boxesOf(value: string): DateBoxes {
  const typed = typedBoxes(value);
  if (typed) return typed;
  // Not only real dates: a date that could not be (from an old draft, say) is shown as it is, beside its error.
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  return match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] } : empty;
}

/** The problem with a date the conversation holds as typed, if it is one. */
export function heldProblem(value: string | undefined): Extract<DateReading, { kind: 'problem' }> | undefined {
  const boxes = value === undefined ? undefined : typedBoxes(value);
  const reading = boxes && readDate(boxes);
  return reading?.kind === 'problem' ? reading : undefined;
}

/**
 * Reads the boxes as GOV.UK's date input does: all empty is no date; then the parts missing are named; then
 * words, a year without 4 numbers, a month past 12 or a day past the month's last are each not a real date,
 * marking the boxes at fault. Spaces around a number do not count.
 */
export function readDate(boxes: DateBoxes): DateReading {
  const text = { day: boxes.day.trim(), month: boxes.month.trim(), year: boxes.year.trim() };
  const missing = dateParts.filter((part) => !text[part]);
  if (missing.length === dateParts.length) return { kind: 'empty' };
  if (missing.length) {
    const problem = missing.map((part, i) => (i ? part[0].toUpperCase() + part.slice(1) : part)).join('') as DateProblem;
    return { kind: 'problem', problem, parts: missing };
  }
  const words = dateParts.filter((part) => !/^\d+$/.test(text[part]));
  if (words.length) return { kind: 'problem', problem: 'real', parts: words };
  if (text.year.length !== 4) return { kind: 'problem', problem: 'yearDigits', parts: ['year'] };
  const day = Number(text.day);
  const month = Number(text.month);
  const outOfRange = dateParts.filter((part) => (part === 'day' && (day < 1 || day > 31)) || (part === 'month' && (month < 1 || month > 12)));
  if (outOfRange.length) return { kind: 'problem', problem: 'real', parts: outOfRange };
  const iso = `${text.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // 31 2 2027: each number could be, but not together; the day is past the month's last.
  return isIsoDate(iso) ? { kind: 'date', iso } : { kind: 'problem', problem: 'real', parts: ['day'] };
}

/** One date as typed: its boxes, the date the conversation held when they were typed, and whether its problem shows. */
interface Entry {
  readonly boxes: DateBoxes;
  readonly over: string;
  readonly shown: boolean;
}

/**
 * What is typed in each date input of an element, by field path. The conversation hears a date only when the
 * boxes make a real one (or are all empty), so half a date lives here, where a render cannot lose it: the boxes
 * show what was typed for as long as the conversation still holds the date they were typed over, and the
 * conversation's own date once it holds another (a draft restored, a row removed). A problem is shown once the
 * boxes are left, or Continue finds problems, and stays in step with the boxes until they make a date.
 */
export class DateEntries {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Forgets what was typed over a date the conversation no longer holds. Call it before each render. */
  sync(dates: ReadonlyMap<string, string>): void {
    for (const [field, entry] of this.entries) if (dates.get(field) !== entry.over) this.entries.delete(field);
  }

  /** What the boxes of `field` show, the conversation holding `value`. */
  boxes(field: string, value: string): DateBoxes {
    return this.entries.get(field)?.boxes ?? boxesOf(value);
  }

  /** The problem showing for `field`, if any. */
  problem(field: string): Extract<DateReading, { kind: 'problem' }> | undefined {
    const entry = this.entries.get(field);
    const reading = entry?.shown ? readDate(entry.boxes) : undefined;
    return reading?.kind === 'problem' ? reading : undefined;
  }

  /**
   * Puts `text` in one box of `field`, the conversation holding `value` when it last rendered. Returns the date to
   * send, or '' to clear it, when the boxes now make a date other than the one held; otherwise undefined: nothing
   * is sent.
   */
  type(field: string, value: string, part: DatePart, text: string): string | undefined {
    const entry = this.entries.get(field);
    // Two boxes can change before the next render (a quick typist, autofill): the date sent for the first is the
    // one held now, not the one of that render.
    const held = entry ? entry.over : value;
    const boxes = { ...(entry?.boxes ?? boxesOf(value)), [part]: text };
    const reading = readDate(boxes);
    const next = reading.kind === 'date' ? reading.iso : reading.kind === 'empty' ? '' : heldAsTyped(boxes);
    this.entries.set(field, { boxes, over: next, shown: reading.kind === 'problem' && Boolean(entry?.shown) });
    this.host.requestUpdate();
    return next === held ? undefined : next;
  }

  /** Shows the problem of `field`, if it has one: focus has left its boxes. */
  show(field: string): void {
    const entry = this.entries.get(field);
    if (!entry || entry.shown) return;
    this.entries.set(field, { ...entry, shown: true });
    this.host.requestUpdate();
  }

  /** Shows every date's problem: Continue found problems with the plan. */
  showAll(): void {
    for (const field of this.entries.keys()) this.show(field);
  }
}
