import { expect, html } from '@open-wc/testing';
import type { WcgConversation } from '../conversation/conversation.js';
import type { WcgPrepSheet } from '../prep-sheet/prep-sheet.js';
import { clickButton, continueUntil, settle } from '../test-helpers/conversation-helpers.js';
import { deepActiveElement, deepFind } from '../test-helpers/deep-find.js';
import { driveConversation, mountConversation } from '../test-helpers/full-conversation.js';
import { canEmulateMedia, emulateMedia } from '../test-helpers/media.js';
import { standaloneFixture } from '../test-helpers/standalone-fixture.js';

// Windows high contrast (forced colours) drops backgrounds and box shadows: a focus style made of them
// vanishes. These tests render in forced colours for real, which only Chromium can be told to do, so
// they are registered there alone.

// A trust with local services, so service cards with phone, email and web links show on the way.
const config = {
  organisation: 'Anytown Hospitals NHS Foundation Trust',
  nation: 'england',
  services: [
    { id: 'eap', category: 'staffPsychologicalSupport', name: 'Staff support line', phone: '01632 960000', url: 'https://example.nhs.uk/eap' },
    { id: 'ohs', category: 'occupationalHealth', name: 'Occupational health', email: 'oh@example.nhs.uk', url: 'https://example.nhs.uk/oh' },
  ],
};

const focusable = 'a[href], button, input, select, textarea, summary';

function describeTarget(target: HTMLElement): string {
  const host = (target.getRootNode() as ShadowRoot).host?.localName ?? 'document';
  const words = (target.textContent || target.id || (target as HTMLInputElement).type || '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${host} ${target.localName} "${words}"`;
}

/**
 * Focuses, one by one, every control that can take focus inside `root` (through every shadow root), and lists
 * each whose focus would not show in forced colours: no outline at least 2px wide (an outline is drawn in a
 * system colour there, even a transparent one), or a link that loses its underline.
 */
function getInvisibleFocus(root: Element, checked: Set<string>): string[] {
  const targets = deepFind<HTMLElement>(root, focusable).filter((t) => !t.matches(':disabled') && t.getClientRects().length > 0);
  if (!targets.length) return ['nothing to focus'];
  const problems: string[] = [];
  for (const target of targets) {
    target.focus();
    const name = describeTarget(target);
    checked.add(name.split(' ', 2).join(' '));
    if (deepActiveElement() !== target || !target.matches(':focus-visible')) {
      problems.push(`${name}: not focused`);
      continue;
    }
    const style = getComputedStyle(target);
    const outline = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2 || /^(transparent|rgba\(.*, 0\))$/.test(style.outlineColor)) {
      problems.push(`${name}: outline ${outline}`);
    }
    if (target.localName === 'a' && !style.textDecorationLine.includes('underline')) problems.push(`${name}: no underline`);
  }
  return problems;
}

/** Checks every control in `root` as `getInvisibleFocus` does; `checked` gathers the kinds looked at, e.g. `wcg-safety-panel a`. */
function expectFocusVisible(root: Element, where: string, checked = new Set<string>()): void {
  expect(getInvisibleFocus(root, checked), `focus that forced colours hide, ${where}`).to.deep.equal([]);
}

const conversation = () => mountConversation(html`<wcg-conversation .config=${config}></wcg-conversation>`);

function getSafetyButton(el: WcgConversation): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('[part="safety-button"]')!;
}

if (canEmulateMedia) {
  describe('focus and toggles in forced colours', () => {
    beforeEach(() => emulateMedia({ forcedColors: 'active' }));
    afterEach(() => emulateMedia({}));

    it('really renders in forced colours', () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    });

    it('shows focus on every control of every stage, the safety steps with each path, and the service lists', async () => {
      const el = await conversation();
      const checked = new Set<string>();
      await driveConversation(el, {
        text: () => 'Some words',
        topics: ['workload', 'sleep'],
        safety: true,
        onStage: async (stage) => {
          await settle(el);
          expectFocusVisible(el, `on ${stage}`, checked);
        },
      });
      expect([...checked]).to.include.members([
        'wcg-conversation button', 'wcg-stage-prepare input', 'wcg-note-field textarea', 'wcg-prompt-card button',
        'wcg-service-list a', 'wcg-service-list input', 'wcg-safety-panel a', 'wcg-safety-panel button',
        'wcg-stage-plan input', 'wcg-stage-plan textarea', 'wcg-stage-agree input', 'wcg-stage-complete button',
      ]);
    });

    it('shows focus on the links of the error summary', async () => {
      const el = await conversation();
      await continueUntil(el, 'Agree a plan');
      await clickButton(el, 'Add an action');
      await clickButton(el, 'Continue');
      const summaries = deepFind(el, 'wcg-error-summary');
      expect(deepFind(summaries[0], 'a').length, 'links in the error summary').to.be.greaterThan(0);
      expectFocusVisible(el, 'with plan errors');
    });

    for (const audience of ['staff', 'manager'] as const) {
      it(`shows focus on every link and button of the ${audience} prep sheet`, async () => {
        const el = await standaloneFixture<WcgPrepSheet>(html`<wcg-prep-sheet audience=${audience} .config=${config}></wcg-prep-sheet>`);
        expect(deepFind(el, 'a[href]').length, 'links on the sheet').to.be.greaterThan(0);
        expectFocusVisible(el, `on the ${audience} sheet`);
      });
    }

    it('shows the Safety steps button pressed by a mark, not by colour alone', async () => {
      const el = await conversation();
      const mark = () => getComputedStyle(getSafetyButton(el), '::before').content;
      expect(mark(), 'before the steps are open').to.equal('none');
      await clickButton(el, 'Safety steps');
      expect(getSafetyButton(el).getAttribute('aria-pressed')).to.equal('true');
      expect(mark(), 'while the steps are open').not.to.equal('none');
      await expect(el).to.be.accessible();
    });
  });
}
