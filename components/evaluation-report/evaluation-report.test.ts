import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { syntheticDimensions, syntheticLines } from '../../scripts/synthetic-evaluation-lib.mjs';
import { aggregateLines, parseDimensions, publishable, type Dimensions, type PublishedView } from '../../src/evaluation/index.js';
import { WcgEvaluationReport } from './evaluation-report.js';

if (!customElements.get('wcg-evaluation-report')) customElements.define('wcg-evaluation-report', WcgEvaluationReport);

const dimensions = (parseDimensions(syntheticDimensions) as { ok: true; value: Dimensions }).value;

// A fictional trust's year: large enough to show every measure, small enough that some numbers are hidden.
function yearView(n = 1500, seed = 4): PublishedView {
  return publishable(aggregateLines(syntheticLines({ n, seed, dimensions: true }), dimensions));
}

async function reportFixture(view: PublishedView | undefined, lang = 'en-GB') {
  const el = await fixture<WcgEvaluationReport>(html`<wcg-evaluation-report lang=${lang} .view=${view}></wcg-evaluation-report>`);
  await el.updateComplete;
  return el;
}

const root = (el: WcgEvaluationReport) => el.shadowRoot as ShadowRoot;
const headings = (el: WcgEvaluationReport) => [...root(el).querySelectorAll('h2, h3')].map((h) => h.textContent?.trim());

async function choose(el: WcgEvaluationReport, selector: string, value: string) {
  const select = root(el).querySelector<HTMLSelectElement>(selector) as HTMLSelectElement;
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function pick(el: WcgEvaluationReport, id: string, name: string, text: string) {
  const input = root(el).querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

describe('<wcg-evaluation-report>', () => {
  it('renders', async () => {
    const el = await reportFixture(yearView());
    expect(headings(el)).to.include.members([
      'Wellbeing conversations: evaluation report', 'Conversations each month', 'Topics raised', 'Services people chose to try',
      'Follow-ups, review dates and safety steps', 'How long conversations took', 'Conversations by directorate', 'Coverage by directorate',
    ]);
  });

  it('is accessible', async () => {
    const el = await reportFixture(yearView());
    await expect(el).to.be.accessible();
  });

  it('is accessible before any data is chosen, and in Welsh', async () => {
    await expect(await reportFixture(undefined)).to.be.accessible();
    const welsh = await reportFixture(yearView(), 'cy');
    expect(headings(welsh)[0]).to.equal('Sgyrsiau llesiant: adroddiad gwerthuso');
    // Month names come from the report's words, so they are Welsh even where the browser has no Welsh dates.
    expect(root(welsh).querySelector('section[aria-labelledby="conversations-heading"] tbody th')?.textContent).to.equal('Ionawr 2026');
    await expect(welsh).to.be.accessible();
  });

  it('is accessible standing alone: the title is the h1, each measure an h2, and there are no file pickers', async () => {
    const el = await fixture<WcgEvaluationReport>(html`<wcg-evaluation-report standalone .view=${yearView()}></wcg-evaluation-report>`);
    const levels = [...root(el).querySelectorAll('h1, h2, h3')].map((h) => h.tagName);
    expect(levels[0]).to.equal('H1');
    expect([...new Set(levels.slice(1))]).to.deep.equal(['H2']);
    expect(root(el).querySelector('input[type="file"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('names every chart by its one-sentence summary, and gives the same facts in a table', async () => {
    const el = await reportFixture(yearView());
    const charts = [...root(el).querySelectorAll('svg[role="img"]')];
    expect(charts.length).to.equal(7);
    for (const chart of charts) {
      const summary = root(el).getElementById(chart.getAttribute('aria-labelledby') ?? '');
      expect(summary?.textContent).to.match(/^[^.]+\.$/);
      expect(chart.closest('section')?.querySelector('table caption')).to.exist;
    }
  });

  it('shows a hidden number as [c], read out as "hidden", and never a count from 1 to 4', async () => {
    const el = await reportFixture(yearView(600, 2));
    const cells = [...root(el).querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '');
    expect(cells).to.include('[c]hidden');
    expect(cells.filter((c) => /^[1-4]$/.test(c))).to.deep.equal([]);
    const chartText = [...root(el).querySelectorAll('svg text.value')].map((x) => x.textContent?.trim());
    expect(chartText.filter((c) => /^[1-4]$/.test(c ?? ''))).to.deep.equal([]);
  });

  it('shows only the chosen months, from the keyboard-operable period filter', async () => {
    const el = await reportFixture(yearView());
    const table = () => root(el).querySelector('section[aria-labelledby="conversations-heading"] tbody') as HTMLElement;
    expect(table().querySelectorAll('tr').length).to.equal(12);
    await choose(el, '#from', '2026-04');
    await choose(el, '#to', '2026-06');
    expect([...table().querySelectorAll('th')].map((th) => th.textContent)).to.deep.equal(['April 2026', 'May 2026', 'June 2026']);
    expect(root(el).activeElement?.id).to.equal('to');
  });

  it('totals a part of the period from the months shown, and hides the total when one of them is hidden', async () => {
    const event = (month: string) => JSON.stringify({
      schemaVersion: 1, month, nation: 'england', language: 'en-GB', outcome: 'completed', stageReached: 'complete', topics: [], serviceCategories: [],
      counts: { actions: 0, adjustments: 0, adjustmentsAgreed: 0, reviewItems: 0 }, reviewDateSet: false, safetyOpened: false, durationBand: '<15m',
    });
    const lines = [...Array(20).fill(event('2026-01')), ...Array(3).fill(event('2026-02')), ...Array(30).fill(event('2026-03'))];
    const el = await reportFixture(publishable(aggregateLines(lines)));
    const footer = () => [...root(el).querySelectorAll('section[aria-labelledby="conversations-heading"] tfoot td')].map((td) => td.textContent);
    expect(footer()).to.deep.equal(['53', '0', '53']);
    await choose(el, '#from', '2026-03');
    expect(footer()).to.deep.equal(['30', '0', '30']);
    await choose(el, '#from', '2026-01');
    await choose(el, '#to', '2026-02');
    expect(footer()).to.deep.equal(['[c]hidden', '0', '[c]hidden']);
  });

  it('breaks down by the chosen host dimension, or by none', async () => {
    const el = await reportFixture(yearView());
    await choose(el, '#dimension', 'staffGroup');
    expect(headings(el)).to.include('Conversations by staff group');
    expect(headings(el)).not.to.include('Coverage by staff group');
    await choose(el, '#dimension', '');
    expect(headings(el).some((h) => h?.startsWith('Conversations by'))).to.equal(false);
  });

  it('says plainly when a breakdown is withheld because its groups are too small', async () => {
    const view = yearView(60, 3);
    expect(view.dimensions.directorate.withheld).to.equal('tooSmall');
    const el = await reportFixture(view);
    expect(root(el).textContent).to.include('The breakdown by directorate is withheld: its groups are too small to publish without showing small numbers.');
  });

  it('reads an events file and a dimensions file in the browser, without any request', async () => {
    const requests: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL) => {
      requests.push(String(input));
      return Promise.reject(new Error('no requests'));
    };
    try {
      const el = await reportFixture(undefined);
      expect(root(el).textContent).to.include('Choose a file of evaluation events to see the report.');
      await pick(el, 'dimensions-file', 'dims.json', JSON.stringify(syntheticDimensions));
      const lines = [...syntheticLines({ n: 800, seed: 5, dimensions: true }), 'not an event'];
      await pick(el, 'events-file', 'events.jsonl', lines.join('\n'));
      await waitUntil(() => el.view !== undefined && Object.keys(el.view.dimensions).length > 0, 'the file was not read');
      await el.updateComplete;
      expect(headings(el)).to.include('Conversations by directorate');
      expect(root(el).textContent).to.include('1 line was not a valid evaluation event and was skipped.');
      expect(requests).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('refuses a dimensions file with undeclared or bad fields, by path', async () => {
    const el = await reportFixture(undefined);
    await pick(el, 'dimensions-file', 'dims.json', JSON.stringify({ dimensions: { ward: { values: [] } } }));
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'no problems shown');
    expect(root(el).querySelector('[role="alert"]')?.textContent).to.include('dimensions.ward.values: expected a list of the values this dimension may take');
  });
});
