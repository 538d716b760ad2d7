/** What reading a config file gave: its JSON, or why there is none. */
export type ReadFileResult = { ok: true; value: unknown } | { ok: false; reason: 'unreadable' | 'notJson' };

/** Reads a file the person chose as JSON, never throwing. */
export async function readJsonFile(file: Blob): Promise<ReadFileResult> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  try {
    // A byte-order mark, which some Windows editors add, is not JSON.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false, reason: 'notJson' };
  }
}

/** The config as the file holds it: two-space indents, so a person can read and compare versions. */
export function configJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

// Long enough for the browser to start the download; then the object URL's memory is given back.
const revokeAfterMs = 10_000;

/**
 * Saves `value` as a JSON file named `name`, from the browser's memory: a Blob, an object URL and a link
 * with `download`. Nothing is sent over the network. The link is added to `root` only while it is clicked.
 */
export function downloadJson(root: ShadowRoot | HTMLElement, value: unknown, name: string): void {
  const url = URL.createObjectURL(new Blob([configJson(value)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
}
