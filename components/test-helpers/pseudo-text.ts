// Pseudo-text for language tests: every string wrapped in ⟦ ⟧ with its letters swapped for look-alikes,
// placeholders kept, so any plain English word on screen came from somewhere else.

/** The letters of `text` swapped for mathematical look-alikes, `{{placeholders}}` kept. */
export const swap = (text: string): string =>
  text.replace(/\{\{[^}]+\}\}|[A-Za-z]/g, (m) => (m.length > 1 ? m : String.fromCodePoint(m.codePointAt(0)! + 0x1d41a - 0x61 + (m >= 'a' ? 0 : 0x61 - 0x41 - 26))));

/** Every string in `value` (a locale file's content) as pseudo-text. */
export function pseudoOf(value: unknown): unknown {
  if (typeof value === 'string') return `⟦${swap(value)}⟧`;
  if (Array.isArray(value)) return value.map(pseudoOf);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoOf(v)]));
  return value;
}
