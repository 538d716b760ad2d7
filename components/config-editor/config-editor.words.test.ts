import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { issueCodes, type IssueCode } from '../../src/base/parse-result.js';
import { checkConfig } from '../../src/i18n/check-config.js';
import { badConfigs, goodConfig } from '../../src/content/test-helpers/bad-configs.js';
import { mutateAt, type Target } from '../../src/content/test-helpers/parser-fuzz.js';
import type { WcgConfigPreview } from '../config-preview/config-preview.js';
import type { WcgConversation } from '../conversation/conversation.js';
import { editorFixture, getButton, getField, getSummaryLinks, samples, typeInto } from '../test-helpers/config-editor-fixture.js';
import type { WcgConfigEditor } from './config-editor.js';

// An HR admin reads every problem the editor shows: each must name the field as the form labels it and say
// where it is in the form's words, never in the file's (`services[11].id`, `staffPsychologicalSupport`), nor in
// the parser's words for developers ("expected …, got …"). This walks configs with every kind of mistake, and
// edits made in the form itself, through the editor and its preview, and reads everything they show.

/** One message the page shows, and where. */
interface Shown {
  readonly where: string;
  readonly text: string;
}

function getPreview(el: WcgConfigEditor): WcgConfigPreview {
  return el.shadowRoot!.querySelector<WcgConfigPreview>('wcg-config-preview')!;
}

function getConversation(el: WcgConfigEditor): WcgConversation | null {
  return getPreview(el).shadowRoot!.querySelector<WcgConversation>('wcg-conversation');
}

// True when the element takes up room on the page: not inside anything hidden.
function isShown(node: Element): boolean {
  return node.getClientRects().length > 0;
}

// The words of an element, without the "Error:" and "Check:" said before each message.
function words(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden, strong').forEach((prefix) => prefix.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

/** Every problem message the editor and its preview show: the summary, the lists, beside each field, and in the preview. */
function shownMessages(el: WcgConfigEditor): Shown[] {
  const root = el.shadowRoot!;
  const shown: Shown[] = getSummaryLinks(el).map((link) => ({ where: 'error summary', text: link.text }));
  for (const item of root.querySelectorAll('[part="warnings"] li')) shown.push({ where: 'warnings', text: words(item) });
  for (const item of root.querySelectorAll('[part="other-problems"] li')) shown.push({ where: 'other problems', text: words(item) });
  for (const item of root.querySelectorAll('.error-message .message, .warning-message .message')) shown.push({ where: 'beside a field', text: words(item) });
  const preview = getPreview(el).shadowRoot!;
  for (const item of preview.querySelectorAll('[part="problems"] li')) shown.push({ where: 'preview', text: words(item) });
  // The list the guide itself shows managers, wherever the preview lets it show.
  const conversation = getConversation(el)?.shadowRoot;
  for (const item of conversation?.querySelectorAll('[part="config-errors"] li') ?? []) if (isShown(item)) shown.push({ where: 'preview', text: words(item) });
  return shown;
}

// Names of the file's settings and values written the way code writes them, which no one filling in a form uses.
const camelCase = /\b[a-z]+[A-Z][A-Za-z]*\b/;

/** Checks no message shows a path, a setting's name from the file, or the parser's words for developers. */
function expectPlainWords(shown: readonly Shown[], context: string): void {
  for (const { where, text } of shown) {
    const about = `${where} in ${context}: "${text}"`;
    expect(text, about).to.not.match(/\[\s*\d+\s*\]/);
    expect(text, about).to.not.match(camelCase);
    expect(text, about).to.not.match(/\b(expected|got|invalid|error)\b/i);
    expect(text.trim(), about).to.not.equal('');
  }
}

/** Checks each message beside a field names it as its label does, and the error summary repeats those messages. */
function expectFieldsNamed(el: WcgConfigEditor, context: string): void {
  const root = el.shadowRoot!;
  for (const box of root.querySelectorAll('.error-message, .warning-message')) {
    const field = box.closest('.field, fieldset.group');
    const label = field?.querySelector(':scope > label, :scope > legend');
    if (!label || label.closest('.add-row, .add-change')) continue;
    for (const message of box.querySelectorAll('.message')) {
      expect(words(message).toLowerCase(), `message beside "${label.textContent}" in ${context}`).to.include(label.textContent!.trim().toLowerCase());
    }
  }
  const inline = [...root.querySelectorAll('.error-message .message, .other .error-message')].map(words);
  for (const link of getSummaryLinks(el)) expect(inline, `the summary's "${link.text}" is shown where it links to, in ${context}`).to.include(link.text);
}

// Waits until the preview shows the editor's current config with its problems.
async function whenPreviewed(el: WcgConfigEditor): Promise<void> {
  const wanted = JSON.stringify(el.config);
  const result = checkConfig(el.config);
  const count = (result.ok ? 0 : result.errors.length) + result.warnings.length;
  await waitUntil(() => JSON.stringify(getConversation(el)?.config) === wanted, 'the preview did not take the config', { timeout: 10000 });
  const listed = () => getConversation(el)!.shadowRoot!.querySelectorAll('[part="config-errors"] li').length;
  await waitUntil(() => listed() === count, 'the preview did not check the config', { timeout: 10000 });
  await getPreview(el).updateComplete;
}

/** Opens `config` in the editor as a file would be, and returns what it shows once the preview has it too. */
async function open(el: WcgConfigEditor, config: Record<string, unknown>): Promise<Shown[]> {
  el.config = config;
  await el.updateComplete;
  await whenPreviewed(el);
  return shownMessages(el);
}

function codesOf(config: unknown): IssueCode[] {
  const result = checkConfig(config);
  return [...(result.ok ? [] : result.errors), ...result.warnings].flatMap((issue) => (issue.code ? [issue.code] : []));
}

async function walkingEditor(): Promise<WcgConfigEditor> {
  const el = await editorFixture({ organisation: 'Anytown' });
  getPreview(el).delay = 0;
  return el;
}

// Where a random change may land, and what it may be: JSON a person could write, in words that are not the file's own.
const targets: Target[] = [
  ['schemaVersion'], ['organisation'], ['organisation', 'en-GB'], ['organisation', 'cy'], ['nation'], ['topics'], ['topics', 'order'],
  ['topics', 'order', 0], ['topics', 'disabled', 0], ['extraTopics'], ['extraTopics', 0], ['extraTopics', 0, 'id'], ['extraTopics', 0, 'services'],
  ['extraTopics', 0, 'services', 0], ['extraTopics', 0, 'text'], ['extraTopics', 0, 'text', 'en-GB'], ['extraTopics', 0, 'text', 'cy', 'name'],
  ['extraTopics', 0, 'text', 'en-GB', 'followUps'], ['extraTopics', 0, 'text', 'en-GB', 'followUps', 0], ['services'], ['services', 0],
  ['services', 0, 'id'], ['services', 1, 'id'], ['services', 0, 'category'], ['services', 0, 'name'], ['services', 0, 'name', 'cy'],
  ['services', 0, 'phone'], ['services', 1, 'email'], ['services', 1, 'url'], ['services', 1, 'hours'], ['services', 0, 'topics'],
  ['services', 0, 'topics', 0], ['crisisOverrides'], ['crisisOverrides', 0], ['crisisOverrides', 0, 'id'], ['crisisOverrides', 0, 'note'],
  ['escalation'], ['escalation', 'name'], ['escalation', 'url'], ['staffSupportUrl'], ['overrides'], ['overrides', 'en-GB'], ['overrides', 'en-GB', 'common:title'],
];
const word = fc.constantFrom('', ' ', 'call us', 'Parking', 'mood', 'sleep', 'eap', 'EAP', 'crisis', 'wales', 'Cymru', 'en-GB', 'cy', 'xx', 'samaritans',
  'https://intranet.local/', 'http://example.org/', 'javascript:alert(1)', 'hr at example', '01632 960001', '<b>hub</b>', 'x'.repeat(2001),
  'common:progress', 'Step {{current}}', 'Hello {{name}}');
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, word, fc.integer({ min: -3, max: 3 }), fc.boolean(), fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('en-GB', 'cy', 'id', 'name', 'phone', 'note', 'colour'), tie('value'), { maxKeys: 3 })),
})).value;
const key = fc.constantFrom('colour', 'phnoe', 'sevices', 'Name', 'e-mail', 'notes', 'en-gb', 'xx');
const mutation = fc.tuple(fc.constantFrom(...targets), value, fc.option(key, { nil: undefined }));

describe('<wcg-config-editor> words', () => {
  it('names the field and where it is, in plain words, for every mistake a file can hold', async function () {
    this.timeout(240000);
    const el = await walkingEditor();
    const seen = new Set<IssueCode>();
    for (const { code, path, config } of badConfigs()) {
      codesOf(config).forEach((c) => seen.add(c));
      const shown = await open(el, config);
      expect(shown.length, `messages for ${code} at ${path}`).to.be.above(0);
      expectPlainWords(shown, `${code} at ${path}`);
      expectFieldsNamed(el, `${code} at ${path}`);
    }
    // A JSON file cannot hold a value whose getter throws, the one problem left.
    expect([...seen].sort()).to.deep.equal(issueCodes.filter((c) => c !== 'unreadable').sort());
  });

  it('says every problem of a file changed at random in plain words', async function () {
    this.timeout(240000);
    const el = await walkingEditor();
    await fc.assert(
      fc.asyncProperty(mutation, async ([path, change, name]) => {
        const config = mutateAt(goodConfig, path, change, name) as Record<string, unknown>;
        const context = `${JSON.stringify(path)} = ${JSON.stringify(change)}${name ? ` with key ${name}` : ''}`;
        const shown = await open(el, config);
        expectPlainWords(shown, context);
        expectFieldsNamed(el, context);
      }),
      { numRuns: 60, endOnFailure: true },
    );
  });

  it('says every problem made in the form itself in plain words', async function () {
    this.timeout(240000);
    const typed = fc.constantFrom('', ' ', 'call us', 'x'.repeat(201), 'http://intranet/', 'www.example.nhs.uk', 'a@b', '<i>', 'Staff Physio', 'Step {{current}}', 'E A P', 'eap');
    const edit = fc.record({ field: fc.nat(), text: typed, option: fc.nat(), add: fc.constantFrom('none', 'Add a service', 'Add a topic') });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        const el = await editorFixture(samples().hafren);
        getPreview(el).delay = 0;
        for (const { field, text, option, add } of edits) {
          if (add !== 'none') getButton(el, add).click();
          await el.updateComplete;
          const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('.field input[type="text"], .field textarea')];
          await typeInto(el, boxes[field % boxes.length], text);
          const selects = [...el.shadowRoot!.querySelectorAll<HTMLSelectElement>('select[id^="cfg-"]')];
          const select = selects[option % Math.max(selects.length, 1)];
          if (select) {
            select.value = select.options[option % select.options.length].value;
            select.dispatchEvent(new Event('change'));
            await el.updateComplete;
          }
        }
        await whenPreviewed(el);
        const context = JSON.stringify(edits);
        expectPlainWords(shownMessages(el), context);
        expectFieldsNamed(el, context);
      }),
      { numRuns: 12, endOnFailure: true },
    );
  });

  it('names one of your own topics without a name by its number, never by its id', async () => {
    const el = await walkingEditor();
    const config = goodConfig() as { extraTopics?: unknown[] };
    config.extraTopics = [{ id: 'workingInWelsh', services: [], text: { 'en-GB': { name: '', prompt: 'How is working in Welsh going?' } } }];
    await open(el, config);
    const texts = getSummaryLinks(el).map((l) => l.text);
    expect(texts.some((text) => text.includes('Your topic 1')), texts.join(' | ')).to.equal(true);
    expect(texts.join(' | ')).not.to.contain('workingInWelsh');
  });

  it('lists the problems in the preview in the same words as the form, in place of the paths the guide shows managers', async () => {
    const el = await walkingEditor();
    const config = goodConfig() as { services: Record<string, unknown>[] };
    config.services[0].category = '';
    await open(el, config);
    const preview = getPreview(el).shadowRoot!;
    expect([...preview.querySelectorAll('[part="problems"] li')].map(words)).to.deep.equal(getSummaryLinks(el).map((l) => l.text));
    expect(isShown(getConversation(el)!.shadowRoot!.querySelector('[part="config-errors"]')!)).to.equal(false);
  });

  it('says every problem in Welsh on a Welsh page', async function () {
    this.timeout(240000);
    const [english, welsh] = [await walkingEditor(), await walkingEditor()];
    welsh.lang = 'cy';
    await waitUntil(() => welsh.shadowRoot!.querySelector('section > h2')?.textContent === 'Dechrau', 'the page is not in Welsh', { timeout: 10000 });
    for (const { code, path, config } of badConfigs()) {
      const [en, cy] = [await open(english, config), await open(welsh, structuredClone(config))];
      expect(cy.length, `${code} at ${path}`).to.equal(en.length);
      cy.forEach((shown, i) => expect(shown.text, `${code} at ${path}: ${en[i].text}`).to.not.equal(en[i].text));
      expectPlainWords(cy, `${code} at ${path} in Welsh`);
    }
    await open(welsh, { organisation: 'Bwrdd Iechyd Hafren' });
    getButton(welsh, 'Ychwanegu gwasanaeth').click();
    await welsh.updateComplete;
    expect(getSummaryLinks(welsh).map((l) => l.text)).to.include('Dewiswch “Math o wasanaeth” ar gyfer Gwasanaeth 1');
    // The choices as the Welsh page shows them, listed without "neu", which would change the first letter of the last.
    await open(welsh, { organisation: 'Bwrdd Iechyd Hafren', nation: 'Cymraeg' });
    expect(getSummaryLinks(welsh).map((l) => l.text)).to.deep.equal(['Dewiswch “Gwlad” o\'r rhestr: Lloegr, Cymru, Yr Alban, Gogledd Iwerddon']);
  });

  describe('in the GOV.UK style: what went wrong and how to put it right', () => {
    it('a service with no type chosen', async () => {
      const el = await editorFixture({ organisation: 'Anytown' });
      getButton(el, 'Add a service').click();
      await el.updateComplete;
      expect(getSummaryLinks(el).map((l) => l.text)).to.include('Select the type of service for Service 1');
      await typeInto(el, getField(el, 'services[0].name["en-GB"]'), 'Staff Physio');
      expect(words(el.shadowRoot!.getElementById(`${getField(el, 'services[0].category').id}-error`)!)).to.equal('Select the type of service for Service 1 (Staff Physio)');
    });

    it('a name that is too long, a phone number and a web address in the wrong form', async () => {
      const el = await editorFixture(samples().anytown);
      await typeInto(el, getField(el, 'organisation["en-GB"]'), 'x'.repeat(201));
      await typeInto(el, getField(el, 'services[1].phone'), 'call us');
      await typeInto(el, getField(el, 'services[2].url'), 'www.example.nhs.uk');
      expect(getSummaryLinks(el).map((l) => l.text)).to.deep.equal([
        'The name of your organisation must be 200 characters or fewer',
        'Enter the phone number for Service 2 (Occupational Health) in digits, like 01632 960 001 or +44 808 157 0192',
        'Enter the website for Service 3 (Freedom to Speak Up Guardian) in full, starting https://, like https://www.example.nhs.uk/wellbeing',
      ]);
    });

    it('a type of service the guide does not have, naming each it does as the list shows it', async () => {
      const el = await walkingEditor();
      const config = goodConfig() as { services: Record<string, unknown>[] };
      config.services[1].category = 'counselling';
      await open(el, config);
      const [message] = getSummaryLinks(el).map((l) => l.text);
      expect(message).to.match(/^Select the type of service for Service 2 \(Speak up\) from the list: Crisis support, Staff support and counselling, .+ or .+$/);
    });

    it('a setting the file has that the guide does not know, with the label of the one it probably meant', async () => {
      const el = await walkingEditor();
      const config = goodConfig() as { services: Record<string, unknown>[] };
      config.services[0].phnoe = '01632 960002';
      await open(el, config);
      expect(shownMessages(el).filter((s) => s.where === 'warnings').map((s) => s.text)).to.deep.equal([
        'Service 1 (Staff Physio) has a setting the guide does not know, “phnoe”, so it was ignored. Did you mean Phone number?',
      ]);
    });
  });
});
