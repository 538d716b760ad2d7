// Finding elements through shadow roots, for tests. Nothing here asks `instanceof`: the reload and form tests
// look at a page in an iframe, whose nodes belong to another window and fail every `instanceof` check.

/** Every element matching `selector` in `root` and in every open shadow root below it, in document order. */
export function deepFind<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T[] {
  const found: T[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      if (child.matches(selector)) found.push(child as T);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if ('shadowRoot' in root && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The button whose words are exactly `label` (visually hidden words included, white space folded), anywhere
 * inside `el`: in its shadow root or a child's. Throws when there is none.
 */
export function getButton(el: Element, label: string): HTMLButtonElement {
  const button = deepFind<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === label);
  if (!button) throw new Error(`no button "${label}"`);
  return button;
}
