// Types of the evaluation aggregation (index.js and the files it re-exports), for the TypeScript elements.

/** A problem with an input, by path, in plain words. */
export interface Problem { path: string; message: string }
/** One host dimension: its allowed values and, optionally, the staff headcount of each. */
export interface Dimension { values: string[]; headcount?: Record<string, number> }
/** Every declared host dimension by name. */
export type Dimensions = Record<string, Dimension>;
/** A published table: months then `total` as rows; categories (then `total` when rows add up) as columns; null is hidden. */
export interface Table { rows: string[]; cols: string[]; values: (number | null)[][]; rowTotals: boolean }
/** A host dimension's breakdown, or why it is withheld. */
export interface DimensionView { table?: Table; withheld?: 'tooSmall'; headcount?: Record<string, number> }
/** Everything that may be published. */
export interface PublishedView {
  schemaVersion: 1;
  suppressionThreshold: number;
  invalidLines: number;
  problems: Problem[];
  months: string[];
  tables: Record<string, Table>;
  meanActions: Record<string, number | null>;
  dimensions: Record<string, DimensionView>;
}
/** The running totals of a stream of lines. */
export interface Totals { invalidLines: number; problems: Problem[]; lineNumber: number; dimensions: Dimensions; months: Map<string, unknown> }

/** The row and column that hold totals. */
export const total: 'total';
/** The group of an event with no value for a declared dimension. */
export const notRecorded: 'notRecorded';
/** The duration bands of the payload, shortest first. */
export const durationBands: readonly string[];
/** Counts from 1 up to (not including) this are hidden. */
export const suppressionThreshold: number;
/** Reads a dimensions file; never throws. */
export function parseDimensions(input: unknown): { ok: true; value: Dimensions } | { ok: false; errors: Problem[] };
/** A fresh running total. */
export function createTotals(dimensions?: Dimensions): Totals;
/** Adds one line (an event, or `{ payload, dimensions }`) to the running totals. */
export function addLine(totals: Totals, line: string): void;
/** The running totals of every line given. */
export function aggregateLines(lines: Iterable<string>, dimensions?: Dimensions): Totals;
/** The totals as they may be published. */
export function publishable(totals: Totals): PublishedView;
/** A group's coverage: its published total over its headcount, exact or as a band; null when not shown. */
export function coverage(dimension: DimensionView, group: string): { percent: number } | { band: [number, number] } | null;
