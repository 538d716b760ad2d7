import { chai, expect, html } from '@open-wc/testing';
import { a11ySnapshot, getSnapshot, getSnapshotConfig, getSnapshots, removeSnapshot, saveSnapshot } from '@web/test-runner-commands';
import { clickButton, readyConversation, settle } from '../test-helpers/conversation-helpers.js';
import { deepFind } from '../test-helpers/deep-find.js';
import { typeInto } from '../test-helpers/typing.js';
import type { WcgConversation } from './conversation.js';

// What a screen reader is given on each stage (roles, names, states, heading levels), as the browser's accessibility
// tree has it, compared with the trees stored in __snapshots__/accessibility-tree.test.snap.js. A change there is a
// change in what a screen reader user hears: the test fails with the difference until someone has read it and stored
// the new trees with `npx wtr --files components/conversation/accessibility-tree.test.ts --update-snapshots`.
//
// Only Chromium hands its accessibility tree to the tests: the test runner reads it over the DevTools protocol, which
// the Firefox and WebKit drivers do not speak. These tests are registered in Chromium alone.
const hasAccessibilityTree = /Chrome\//.test(navigator.userAgent);

/** One node of the tree as the test runner's `a11ySnapshot` returns it (puppeteer's serialised node). */
interface AccessibleNode {
  readonly role: string;
  readonly name?: string;
  readonly value?: string | number;
  readonly valuetext?: string;
  readonly description?: string;
  readonly roledescription?: string;
  readonly keyshortcuts?: string;
  readonly level?: number;
  readonly checked?: boolean | 'mixed';
  readonly pressed?: boolean | 'mixed';
  readonly expanded?: boolean;
  readonly selected?: boolean;
  readonly required?: boolean;
  readonly invalid?: string;
  readonly disabled?: boolean;
  readonly readonly?: boolean;
  readonly multiline?: boolean;
  readonly modal?: boolean;
  readonly busy?: boolean;
  readonly haspopup?: string;
  readonly live?: string;
  readonly atomic?: boolean;
  readonly children?: readonly AccessibleNode[];
}

// Dates counted from today (the day of the conversation, the suggested date to talk again) change every day; dates
// before today are the content's own (when the numbers were checked) and stay.
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDate = new RegExp(`\\b(\\d{1,2}) (${months.join('|')}) (\\d{4})\\b`, 'g');

// A date input's example is typed as numbers, "3 6 2027".
const typedDate = /\b(\d{1,2}) (\d{1,2}) (\d{4})\b/g;

function withoutDatesFrom(today: string, text: string): string {
  const fromToday = (date: string, day: string, month: number, year: string) =>
    `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}` >= today ? '[date from today]' : date;
  return text
    .replace(longDate, (date, day: string, month: string, year: string) => fromToday(date, day, months.indexOf(month) + 1, year))
    .replace(typedDate, (date, day: string, month: string, year: string) => fromToday(date, day, Number(month), year));
}

const toggle = (value: boolean | 'mixed', on: string, off: string) => (value === 'mixed' ? `partly ${on}` : value ? on : off);

// The states a screen reader announces, in words. Focus is left out (it depends on where the page's focus was when the
// tree was read), and so are a date field's limits (its earliest year is this year).
function statesOf(node: AccessibleNode): string[] {
  const states: string[] = [];
  const value = node.valuetext || (typeof node.value === 'string' ? node.value : '');
  if (node.level !== undefined) states.push(`level ${node.level}`);
  if (node.checked !== undefined) states.push(toggle(node.checked, 'checked', 'not checked'));
  if (node.pressed !== undefined) states.push(toggle(node.pressed, 'pressed', 'not pressed'));
  if (node.expanded !== undefined) states.push(node.expanded ? 'expanded' : 'collapsed');
  for (const flag of ['selected', 'required', 'disabled', 'readonly', 'multiline', 'modal', 'busy', 'atomic'] as const) {
    if (node[flag]) states.push(flag);
  }
  if (node.invalid) states.push(node.invalid === 'true' ? 'invalid' : `invalid ${node.invalid}`);
  if (node.haspopup) states.push(`haspopup ${node.haspopup}`);
  if (node.live) states.push(`live ${node.live}`);
  if (node.roledescription) states.push(`roledescription "${node.roledescription}"`);
  if (node.keyshortcuts) states.push(`keyshortcuts "${node.keyshortcuts}"`);
  if (value) states.push(`value "${value}"`);
  if (node.description) states.push(`description "${node.description}"`);
  return states;
}

/**
 * The tree as text, one node a line, indented by depth: `role "name"` and its states, e.g.
 * `heading "Check and agree what is recorded" level 2, description "Step 8 of 8"`.
 */
function treeText(node: AccessibleNode, today: string, depth = 0): string {
  const states = statesOf(node);
  const line = `${node.role}${node.name ? ` "${node.name}"` : ''}${states.length ? ` ${states.join(', ')}` : ''}`;
  // The stored file keeps each tree in a JavaScript template literal, unescaped: a back-quote, a backslash or `${`
  // there would end or change it.
  const safe = line.replace(/\s+/g, ' ').trim().replace(/`/g, "'").replace(/\\/g, '/').replace(/\$\{/g, '$ {');
  const children = (node.children ?? []).map((child) => treeText(child, today, depth + 1));
  return [`${'  '.repeat(depth)}${withoutDatesFrom(today, safe)}`, ...children].join('\n');
}

/**
 * The conversation's accessibility tree as text. It is read from the landmark that holds the conversation and nothing
 * else: rooted at `<wcg-conversation>` itself, which has no role, the tree would be cut to the first node below it.
 */
async function readTree(el: WcgConversation): Promise<string> {
  await settle(el);
  const tree = (await a11ySnapshot({ selector: 'main' })) as unknown as AccessibleNode | null;
  if (!tree) throw new Error('no accessibility tree for the conversation');
  return treeText(tree, el.currentContext()!.today);
}

/** Fails with the difference when `tree` is not the one stored as `name`; with `--update-snapshots`, stores it. */
async function expectStoredTree(name: string, tree: string): Promise<void> {
  const stored = await getSnapshot({ name });
  if ((await getSnapshotConfig()).updateSnapshots) {
    if (stored !== tree) await saveSnapshot({ name, content: tree });
    return;
  }
  expect(stored, `no tree stored for "${name}": run npx wtr --files components/conversation/accessibility-tree.test.ts --update-snapshots`).to.be.a('string');
  // The difference alone, line by line, rather than both trees in full in the message.
  if (tree !== stored) {
    throw new chai.AssertionError(`what a screen reader is given on "${name}" changed; once read and meant, store it with --update-snapshots`, {
      actual: tree,
      expected: stored,
      showDiff: true,
    });
  }
}

/** The agreed-wording field on the stage showing. */
function agreedField(el: WcgConversation): HTMLTextAreaElement {
  const [field] = deepFind<HTMLTextAreaElement>(el, 'textarea#note-agreed');
  if (!field) throw new Error('no agreed wording field');
  return field;
}

// The walk, in the order a manager goes: each stage's tree once the stage has been filled in as the names say.
const stages = [
  'prepare',
  'open',
  'check-in',
  'choose topics, two chosen',
  'explore, first topic, with agreed wording',
  'safety steps open',
  'explore, second topic',
  'what helps',
  'plan, one action',
  'agree, every section ticked',
  'complete',
] as const;
type Stage = (typeof stages)[number];

async function walkConversation(): Promise<Map<Stage, string>> {
  const trees = new Map<Stage, string>();
  const el = await readyConversation(html`<main><wcg-conversation></wcg-conversation></main>`);
  const read = async (stage: Stage) => trees.set(stage, await readTree(el));
  const next = () => clickButton(el, 'Continue');
  await read('prepare');
  await next();
  await read('open');
  await next();
  await read('check-in');
  await next();
  // How you are feeling, and Physical health: both bring national services, so service cards are read too.
  for (const id of ['mood', 'physicalHealth']) deepFind<HTMLInputElement>(el, `input[type="checkbox"][value="${id}"]`)[0]!.click();
  await read('choose topics, two chosen');
  await next();
  typeInto(agreedField(el), 'Nights leave me tired for days');
  await read('explore, first topic, with agreed wording');
  await clickButton(el, 'Safety steps');
  await read('safety steps open');
  await clickButton(el, 'Back to the conversation');
  await next();
  await read('explore, second topic');
  await next();
  await read('what helps');
  await next();
  await clickButton(el, 'Add an action');
  const plan = el.shadowRoot!.querySelector('[part="body"]')!.shadowRoot!;
  typeInto(plan.querySelector<HTMLInputElement>('input[id$="-text"]')!, 'Take a walk at lunchtime');
  plan.querySelector<HTMLInputElement>('input[type="radio"][id$="-owner-staff"]')!.click();
  await read('plan, one action');
  await next();
  deepFind<HTMLInputElement>(el, 'input[type="checkbox"]').forEach((box) => box.checked || box.click());
  await read('agree, every section ticked');
  await clickButton(el, 'Agree and record');
  await read('complete');
  return trees;
}

if (hasAccessibilityTree) {
  describe('<wcg-conversation> accessibility tree, stage by stage (Chromium alone hands the tree to tests)', () => {
    let trees: Map<Stage, string>;
    before(async () => {
      trees = await walkConversation();
      // Storing anew also drops the trees of stages no longer walked, so the stored file holds only what is checked.
      if ((await getSnapshotConfig()).updateSnapshots) {
        const gone = Object.keys(await getSnapshots()).filter((name) => !(stages as readonly string[]).includes(name));
        for (const name of gone) await removeSnapshot({ name });
      }
    });

    for (const stage of stages) {
      it(`gives a screen reader the stored tree on ${stage}`, async () => {
        await expectStoredTree(stage, trees.get(stage)!);
      });
    }
  });
}
