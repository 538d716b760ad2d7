import type { WcgConversation } from '../conversation/conversation.js';
import { getHeading, settle } from './conversation-helpers.js';
import { deepFind } from './deep-find.js';
import { dateBoxes, datePartsOf } from './typing.js';

/** What a person sees and has entered on the current stage, as plain data, to compare before and after. */
export interface ConversationView {
  readonly heading: string;
  readonly progress: string;
  /** The words of the navigation buttons (Continue, or "Save and go back to check", Back…). */
  readonly nav: string;
  /** Every input and text area: where it is, its value, and whether it is ticked or disabled. */
  readonly controls: readonly string[];
  /** The visible words of the stage's body, spaces collapsed; polite status messages left out. */
  readonly text: string;
  /** Whether the line saying the draft is kept on this device is showing. */
  readonly draftKept: boolean;
}

/** The current stage as the person sees it (see `ConversationView`). */
export function viewOf(el: WcgConversation): ConversationView {
  const root = el.shadowRoot!;
  const controls = deepFind<HTMLInputElement | HTMLTextAreaElement>(el, 'input, textarea, select').map((control) => {
    const host = (control.getRootNode() as ShadowRoot).host?.localName ?? '';
    const ticked = 'checked' in control && (control.type === 'checkbox' || control.type === 'radio') ? ` checked=${control.checked}` : '';
    return `${host}#${control.id}[${control.type}]${ticked}${control.disabled ? ' disabled' : ''} = ${JSON.stringify(control.value)}`;
  });
  const body = root.querySelector('[part="body"]');
  return {
    heading: getHeading(el),
    progress: root.querySelector('[part="progress"]')?.textContent?.trim() ?? '',
    nav: root.querySelector('[part="nav"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    controls,
    text: body ? visibleText(body).replace(/\s+/g, ' ').trim() : '',
    draftKept: Boolean(root.querySelector('[part="draft-notice"].kept')),
  };
}

// Text nodes of an element and of every shadow root inside it. Status regions only hold what was
// announced last, which a new page rightly does not repeat.
function visibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const element = node as Element;
  if (element.localName === 'style' || element.getAttribute?.('role') === 'status') return '';
  const inside = element.shadowRoot ? visibleText(element.shadowRoot) : '';
  return inside + [...node.childNodes].map(visibleText).join(' ');
}

/** The first control matching `selector` anywhere in the element. */
export function control<T extends HTMLElement = HTMLInputElement>(el: WcgConversation, selector: string): T {
  const found = deepFind<T>(el, selector)[0];
  if (!found) throw new Error(`no control "${selector}"`);
  return found;
}

/** The text area of a note field: the private note of `section`, or its agreed wording. */
export function noteBox(el: WcgConversation, section: string, kind: 'private' | 'agreed' = 'private'): HTMLTextAreaElement {
  const field = deepFind(el, 'wcg-note-field').find((f) => f.getAttribute('section') === section && (f.getAttribute('kind') ?? 'private') === kind);
  if (!field) throw new Error(`no ${kind} note for "${section}"`);
  return field.shadowRoot!.querySelector('textarea')!;
}

/** Types `text` into a text field as a person would end up with it: the value set, then `input` fired. */
export async function typeText(el: WcgConversation, field: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  const win = field.ownerDocument.defaultView!;
  field.focus();
  field.value = text;
  field.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  await settle(el);
}

/**
 * Types a date (YYYY-MM-DD) into the Day, Month and Year boxes of the date input `id`, as a person would: 5, 6 and
 * 2027 for 2027-06-05, each box focused and then typed in. Waits for the render.
 */
export async function enterDate(el: WcgConversation, id: string, isoDate: string): Promise<void> {
  const parts = datePartsOf(isoDate);
  for (const [i, part] of dateBoxes.entries()) await typeText(el, control(el, `#${id}-${part}`), parts[i]);
}

/** Clicks a checkbox or radio (the browser ticks it and fires its events) and waits for the render. */
export async function tick(el: WcgConversation, box: HTMLInputElement): Promise<void> {
  box.click();
  await settle(el);
}
