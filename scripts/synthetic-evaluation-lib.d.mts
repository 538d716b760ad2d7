// Types of synthetic-evaluation-lib.mjs, for the browser tests and the demo.

/** The fictional trust's dimensions file. */
export const syntheticDimensions: { dimensions: Record<string, { values: string[]; headcount?: Record<string, number> }> };
/** A seeded generator of numbers in [0, 1). */
export function random(seed: number): () => number;
/** `n` synthetic JSON lines for a year; with `dimensions`, each as `{ payload, dimensions }`. */
export function syntheticLines(options: { n: number; seed: number; year?: number; dimensions?: boolean }): Generator<string>;
