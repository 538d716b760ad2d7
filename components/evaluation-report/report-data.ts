import { addLine, createTotals, publishable, total, type Dimensions, type PublishedView, type Table } from '../../src/evaluation/index.js';

/** Why a chosen file could not be used. */
export class UnreadableReportError extends Error {
  override name = 'UnreadableReportError';
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCell = (v: unknown) => v === null || (Number.isSafeInteger(v) && (v as number) >= 0);

function isTable(value: unknown): value is Table {
  if (!isObject(value) || !Array.isArray(value.rows) || !Array.isArray(value.cols) || !Array.isArray(value.values)) return false;
  const { rows, cols, values } = value as { rows: unknown[]; cols: unknown[]; values: unknown[] };
  return (
    rows.every((r) => typeof r === 'string') && cols.every((c) => typeof c === 'string') && values.length === rows.length &&
    values.every((row) => Array.isArray(row) && row.length === cols.length && row.every(isCell)) && typeof value.rowTotals === 'boolean'
  );
}

/**
 * An aggregated report (the JSON `aggregate-evaluation.mjs --json` or the command line writes), checked for its
 * shape; undefined when it is not one. Numbers only: no text from it is trusted beyond month, category and
 * group names, which are shown as text.
 */
export function parsePublishedView(value: unknown): PublishedView | undefined {
  if (!isObject(value) || value.schemaVersion !== 1 || !Array.isArray(value.months) || !isObject(value.tables)) return undefined;
  if (!Object.values(value.tables).every(isTable) || !isObject(value.dimensions) || !isObject(value.meanActions)) return undefined;
  for (const d of Object.values(value.dimensions)) {
    if (!isObject(d) || (d.table !== undefined && !isTable(d.table))) return undefined;
  }
  return value as unknown as PublishedView;
}

/**
 * Reads a file the user chose, in the browser, one line at a time: JSON lines of events are aggregated with
 * `dimensions`; a single JSON object that is an aggregated report is used as it is. Nothing is sent anywhere.
 */
export async function readReportFile(file: Blob, dimensions: Dimensions = {}, signal?: AbortSignal): Promise<PublishedView> {
  const head = await file.slice(0, 64).text();
  // An aggregated report is one pretty-printed object; an events file has one object a line.
  if (/^\uFEFF?\s*\{\s*\n/.test(head)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      throw new UnreadableReportError();
    }
    const view = parsePublishedView(parsed);
    if (!view) throw new UnreadableReportError();
    return view;
  }
  const totals = createTotals(dimensions);
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (signal?.aborted) {
      await reader.cancel();
      throw signal.reason;
    }
    const lines = (rest + value).split(/\r?\n/);
    rest = lines.pop() ?? '';
    for (const line of lines) addLine(totals, line);
  }
  if (rest) addLine(totals, rest);
  const view = publishable(totals);
  if (view.months.length === 0 && view.invalidLines > 0) {
    const single = parsePublishedView(safeParse(await file.text()));
    if (single) return single;
    throw new UnreadableReportError();
  }
  return view;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The months of a table's rows (without the total row). */
export const monthsOf = (t: Table): string[] => t.rows.filter((r) => r !== total);

/**
 * Each column's total over the chosen months: the published year total when every month is chosen, else the
 * sum of the chosen months, or null when one of them is hidden (a hidden cell is never guessed at).
 */
export function columnTotals(t: Table, months: readonly string[]): Map<string, number | null> {
  const all = monthsOf(t);
  const whole = all.length === months.length && all.every((m) => months.includes(m));
  const out = new Map<string, number | null>();
  t.cols.forEach((c, b) => {
    if (whole) out.set(c, t.values[t.rows.length - 1][b]);
    else {
      let sum: number | null = 0;
      for (const m of months) {
        const a = t.rows.indexOf(m);
        if (a < 0) continue;
        const v = t.values[a][b];
        sum = v === null || sum === null ? null : sum + v;
      }
      out.set(c, sum);
    }
  });
  return out;
}

/** The months from `from` to `to`, inclusive, of `months` (sorted). */
export function monthsBetween(months: readonly string[], from: string, to: string): string[] {
  return months.filter((m) => (!from || m >= from) && (!to || m <= to));
}
