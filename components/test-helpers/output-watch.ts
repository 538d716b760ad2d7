// Everything a page can show a developer or send to a host besides the agreed record: console output, uncaught
// errors, and the details of the elements' events. Privacy tests look for conversation text in all of it.

/** The event names whose details must never hold anything typed (the record and host drafts carry text by design). */
export const contentFreeEvents = ['wcg-ready', 'wcg-stage-change', 'wcg-change', 'wcg-safety', 'wcg-error', 'wcg-evaluation', 'wcg-practice-complete'] as const;

/** What was seen, each as text: `console.warn: …`, `error: …`, `wcg-error: {…}`. */
export interface WatchedOutput {
  readonly lines: string[];
  /** Every `wcg-evaluation` detail, to check it was really sent. */
  readonly evaluations: unknown[];
  /** Every `wcg-error` detail. */
  readonly errors: unknown[];
}

/** Text for any value, never throwing: JSON where it can, else `String()`, with an error's message and stack. */
export function asText(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}\n${value.stack ?? ''}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    try {
      return String(value);
    } catch {
      return '(unreadable)';
    }
  }
}

/**
 * Watches every console method (still passing each call on), uncaught errors and rejections, and the details of
 * the content-free events, from now until the returned function is called; that function answers what was seen.
 */
export function watchOutput(): () => WatchedOutput {
  const output: WatchedOutput = { lines: [], evaluations: [], errors: [] };
  const target = console as unknown as Record<string, unknown>;
  const originals = new Map<string, (...args: unknown[]) => unknown>();
  for (const name of Object.keys(console)) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    originals.set(name, original as (...args: unknown[]) => unknown);
    target[name] = (...args: unknown[]) => {
      output.lines.push(`console.${name}: ${args.map(asText).join(' ')}`);
      return (original as (...a: unknown[]) => unknown).apply(console, args);
    };
  }
  const onError = (event: ErrorEvent) => output.lines.push(`error: ${event.message} ${asText(event.error)}`);
  const onRejection = (event: PromiseRejectionEvent) => output.lines.push(`unhandledrejection: ${asText(event.reason)}`);
  const onEvent = (event: Event) => {
    const detail = (event as CustomEvent).detail;
    output.lines.push(`${event.type}: ${asText(detail)}`);
    if (event.type === 'wcg-evaluation') output.evaluations.push(detail);
    if (event.type === 'wcg-error') output.errors.push(detail);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  // Capturing on the document sees every event, whichever element fired it and whoever stops it later.
  for (const type of contentFreeEvents) document.addEventListener(type, onEvent, true);
  return () => {
    for (const [name, original] of originals) target[name] = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    for (const type of contentFreeEvents) document.removeEventListener(type, onEvent, true);
    return output;
  };
}
