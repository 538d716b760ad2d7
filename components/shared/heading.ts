import { literal, type StaticValue } from 'lit/static-html.js';

// Lit cannot bind a tag name; `literal` values can only come from the source, never from data.
const tags = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`] as const;

/** The level of an element's top headings when the host sets none: each stage's heading is an h2. */
export const defaultHeadingLevel = 2;

/**
 * The `heading-level` attribute as a level from 1 to 5 (the deepest heading of a stage sits one level below it):
 * anything else, including no attribute, is the default.
 */
export function headingLevelOf(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 5 ? level : defaultHeadingLevel;
}

/**
 * The heading tag `depth` levels below an element's top level (`top`, from `heading-level`), never below h6,
 * for a template written with `html` from `lit/static-html.js`: `<${h} id="…">…</${h}>`.
 */
export function headingTag(top: number, depth = 0): StaticValue {
  const level = Number.isInteger(top) ? top + depth : defaultHeadingLevel + depth;
  return tags[Math.min(6, Math.max(1, level)) - 1]!;
}

/** The heading tags of an element whose top headings are at `top`: its stage heading, sections and their parts. */
export interface HeadingTags {
  readonly stage: StaticValue;
  readonly section: StaticValue;
  readonly subsection: StaticValue;
}

/** The three heading tags from `top` down (`heading-level`, 2 unless the host set another). */
export function headingTags(top = defaultHeadingLevel): HeadingTags {
  return { stage: headingTag(top), section: headingTag(top, 1), subsection: headingTag(top, 2) };
}
