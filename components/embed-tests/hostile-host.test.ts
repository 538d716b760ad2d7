import { expect, oneEvent } from '@open-wc/testing';
import { defineAllElements } from '../../src/define-all.js';
import { getHeading, readyConversation } from '../test-helpers/conversation-helpers.js';
import { getButton } from '../test-helpers/deep-find.js';
import type { WcgConversation } from '../conversation/conversation.js';

defineAllElements();

/** A portal's careless global CSS: resets everything, huge root text, hides and recolours buttons. */
const hostileCss = `
  * { all: unset; }
  html { font-size: 40px; }
  button { color: red !important; display: none !important; }
`;

/** The computed styles of the widget's buttons that must not change when the host page's CSS does. */
const guardedStyles = ['display', 'visibility', 'color', 'backgroundColor', 'fontWeight', 'borderTopStyle'] as const;

/**
 * Inherited through the host element, which the host page's rules (`all: unset`) beat `:host` on:
 * guarded once the shared base styles set them again below `:host`.
 */
const inheritedStyles = ['fontFamily', 'boxSizing'] as const;

type StyleName = (typeof guardedStyles)[number] | (typeof inheritedStyles)[number];
type ButtonLook = Partial<Record<StyleName, string>> & { label: string };

function getButtons(el: WcgConversation): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll('button')];
}

function getLooks(el: WcgConversation, names: readonly StyleName[]): ButtonLook[] {
  return getButtons(el).map((button) => {
    const style = getComputedStyle(button);
    const look: ButtonLook = { label: button.textContent!.trim() };
    for (const name of names) look[name] = style[name];
    return look;
  });
}

function addHostileCss(): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = hostileCss;
  document.head.append(style);
  return style;
}

/** Fails unless the button is on screen, at least 44px each way, and is what a click at its centre hits. */
function expectClickable(el: WcgConversation, button: HTMLButtonElement): void {
  button.scrollIntoView({ block: 'center', inline: 'center' });
  const box = button.getBoundingClientRect();
  const label = button.textContent!.trim();
  expect(box.width, `${label} width`).to.be.at.least(44);
  expect(box.height, `${label} height`).to.be.at.least(44);
  const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  expect(hit === button || button.contains(hit), `a click at the centre of "${label}" reaches it`).to.equal(true);
}

describe('<wcg-conversation> on a host page with hostile CSS', () => {
  let hostile: HTMLStyleElement | undefined;

  afterEach(() => {
    hostile?.remove();
    hostile = undefined;
  });

  it('renders', async () => {
    hostile = addHostileCss();
    const el = await readyConversation();
    expect(getHeading(el)).to.equal('Before you start');
    expect(getButtons(el).map((b) => b.textContent!.trim())).to.include('Continue');
  });

  it('is accessible', async () => {
    hostile = addHostileCss();
    const el = await readyConversation();
    await expect(el).to.be.accessible();
  });

  // The buttons' computed `styles` before the hostile style sheet arrives must be the same after it.
  async function expectLooksKept(styles: readonly StyleName[]): Promise<void> {
    const el = await readyConversation();
    const before = getLooks(el, styles);
    hostile = addHostileCss();
    await el.updateComplete;
    expect(getLooks(el, styles)).to.deep.equal(before);
  }

  it('keeps the colours, weight and borders of its own buttons', async () => {
    await expectLooksKept(guardedStyles);
  });

  // Guarded by components/shared/base.styles.ts, which sets the font on `:host > *` and box-sizing:
  // border-box on every element (both would otherwise be inherited from the host element, which a host
  // page's `* { all: unset }` reaches).
  it('keeps its own font and box sizing', async () => {
    await expectLooksKept(inheritedStyles);
  });

  it('keeps every button visible, 44px or more and clickable', async () => {
    hostile = addHostileCss();
    const el = await readyConversation();
    for (const button of getButtons(el)) expectClickable(el, button);
  });

  it('still moves on when Continue is clicked', async () => {
    hostile = addHostileCss();
    const el = await readyConversation();
    const moved = oneEvent(el, 'wcg-stage-change');
    getButton(el, 'Continue').click();
    expect((await moved).detail.stage).to.equal('open');
  });
});
