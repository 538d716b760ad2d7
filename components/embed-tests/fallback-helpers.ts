/** The languages the shipped crisis fallback is written in (docs/safety/crisis-fallback.<lang>.html). */
export const fallbackLanguages = ['en-GB', 'cy'] as const;

/**
 * The shipped fallback block for `lang`, parsed as the browser parses it when a host pastes it into its page:
 * its elements, ready to be put inside `<wcg-conversation>`. Fetched from the file itself, so what is tested is
 * what ships.
 */
export async function getFallbackBlock(lang: (typeof fallbackLanguages)[number]): Promise<Element[]> {
  const response = await fetch(`/docs/safety/crisis-fallback.${lang}.html`);
  if (!response.ok) throw new Error(`docs/safety/crisis-fallback.${lang}.html could not be read (${response.status})`);
  const parsed = new DOMParser().parseFromString(await response.text(), 'text/html');
  return [...parsed.body.children].map((node) => document.importNode(node, true));
}

/** `<wcg-conversation>` holding the fallback block as its own content, as a host writes it, added to the page. */
export function hostWithFallback(block: readonly Element[]): HTMLElement {
  const el = document.createElement('wcg-conversation');
  el.append(...block);
  document.body.append(el);
  return el;
}

/** True when `el` is drawn on the page: it has a box, and nothing hides it. */
export function isShown(el: Element): boolean {
  return el.checkVisibility() && el.getClientRects().length > 0;
}
