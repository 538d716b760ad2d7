import type { TFunction } from 'i18next';
import { html, nothing, type TemplateResult } from 'lit';
import { coverage, durationBands, notRecorded, total, type DimensionView, type PublishedView, type Table } from '../../src/evaluation/index.js';
import { barChart, columnChart, columnKey, type Bar } from './charts.js';
import { columnTotals, monthsOf } from './report-data.js';
import { categoryTable, monthTable, orderedCategories, type TableText } from './report-tables.js';
import { monthName } from './report-text.js';

/** What every section needs: the text, the published numbers and the chosen months. */
export interface SectionContext extends TableText {
  t: TFunction;
  view: PublishedView;
  months: readonly string[];
  /** The level of each measure's heading: 2 when the report is the page (its title the h1), else 3. */
  level: 2 | 3;
}

// A measure's heading at the report's level, so headings never skip one.
const heading = (c: SectionContext, id: string | undefined, text: string) =>
  c.level === 2 ? html`<h2 id=${id ?? nothing}>${text}</h2>` : html`<h3 id=${id ?? nothing}>${text}</h3>`;

const durationKeys: Record<string, string> = { '<15m': 'under15', '15-30m': 'from15to30', '30-60m': 'from30to60', '>60m': 'over60' };

// A number for a sentence: the count, or the word "hidden".
const say = (n: number | null | undefined, c: SectionContext) => (n === null || n === undefined ? c.hiddenWord : n.toLocaleString(c.language));

// A measure: heading, one-sentence summary naming the chart, the chart, and the table with the same facts.
function measure(c: SectionContext, id: string, title: string, summary: string, chart: TemplateResult | typeof nothing, table: TemplateResult | typeof nothing): TemplateResult {
  return html`<section class="measure" part="measure" aria-labelledby="${id}-heading">
    ${heading(c, `${id}-heading`, title)}
    <p class="summary" id="${id}-summary">${summary}</p>
    ${chart === nothing ? nothing : html`<figure>${chart}</figure>`}
    ${table}
  </section>`;
}

/** Conversations each month, completed and declined. */
export function conversationsSection(c: SectionContext): TemplateResult {
  const t = c.view.tables.outcome;
  const months = c.months.filter((m) => t.rows.includes(m));
  const totals = columnTotals(t, months);
  const rowOf = (m: string) => t.values[t.rows.indexOf(m)];
  const published = months.filter((m) => rowOf(m)[2] !== null);
  const busiest = published.reduce<string | undefined>((best, m) => (best === undefined || (rowOf(m)[2] ?? 0) > (rowOf(best)[2] ?? 0) ? m : best), undefined);
  const summary = busiest === undefined
    ? c.t('conversations.summaryHidden')
    : c.t('conversations.summary', { completed: say(totals.get('completed'), c), declined: say(totals.get('declined'), c), maxMonth: monthName(busiest, c.language), max: say(rowOf(busiest)[2], c) });
  const columns = months.map((m) => ({ label: monthName(m, c.language, 'short'), first: rowOf(m)[0], second: rowOf(m)[1], total: rowOf(m)[2] }));
  const whole = columns.some((col) => col.total !== null && (col.first === null || col.second === null));
  const chart = html`${columnChart(columns, 'conversations-summary', c.hiddenLabel, c.language)}
    ${columnKey(c.t('conversations.completed'), c.t('conversations.declined'), whole ? c.t('conversations.all') : nothing)}`;
  const label = (k: string) => c.t(`conversations.${k}`);
  return measure(c, 'conversations', c.t('conversations.heading'), summary, chart, monthTable(c.t('conversations.heading'), t, months, ['completed', 'declined', total], label, c));
}

// Bars for the categories of a table over the chosen months, in the given order.
function bars(t: Table, c: SectionContext, order: readonly string[], labelOf: (k: string) => string): Bar[] {
  const totals = columnTotals(t, c.months.filter((m) => t.rows.includes(m)));
  return order.map((k) => ({ label: labelOf(k), value: totals.get(k) ?? null }));
}

// A section of one bar chart over a table's categories, with its table.
function categorySection(id: string, t: Table, c: SectionContext, labelOf: (k: string) => string, summaryOf: (b: Bar[]) => string, fixed?: readonly string[], heading = c.t(`${id}.heading`)): TemplateResult {
  const order = orderedCategories(t, c.months, fixed);
  const b = bars(t, c, order, labelOf);
  const chart = order.length > 0 ? barChart(b, `${id}-summary`, c.hiddenLabel, c.language) : nothing;
  const table = order.length > 0 ? categoryTable(heading, t, c.months, order, labelOf, c) : nothing;
  return measure(c, id, heading, summaryOf(b), chart, table);
}

// The largest published bar, if any.
const largest = (b: Bar[]) => b.filter((x) => x.value !== null && x.value > 0).sort((x, y) => (y.value ?? 0) - (x.value ?? 0))[0];

/** The topics raised, most often first. */
export function topicsSection(c: SectionContext): TemplateResult {
  const label = (k: string) => (c.t(`topic.${k}`, { defaultValue: '' }) as string) || k;
  return categorySection('topics', c.view.tables.topics, c, label, (b) => {
    const top = largest(b);
    return top ? c.t('topics.summary', { first: top.label, firstCount: say(top.value, c) }) : c.t('topics.none');
  });
}

/** The kinds of service people chose to try. */
export function servicesSection(c: SectionContext): TemplateResult {
  const label = (k: string) => (c.t(`service.${k}`, { defaultValue: '' }) as string) || k;
  return categorySection('services', c.view.tables.serviceCategories, c, label, (b) => {
    const top = largest(b);
    return top ? c.t('services.summary', { first: top.label, firstCount: say(top.value, c) }) : c.t('services.none');
  });
}

/** Follow-ups of an earlier plan, review dates set, and how often the safety steps were opened (never which). */
export function indicatorsSection(c: SectionContext): TemplateResult {
  const t = c.view.tables.indicators;
  const totals = columnTotals(t, c.months.filter((m) => t.rows.includes(m)));
  const summary = c.t('indicators.summary', { followUp: say(totals.get('followUp'), c), reviewDateSet: say(totals.get('reviewDateSet'), c), safetyOpened: say(totals.get('safetyOpened'), c) });
  return categorySection('indicators', t, c, (k) => c.t(`indicators.${k}`), () => summary, ['followUp', 'reviewDateSet', 'safetyOpened']);
}

/** How long completed conversations took. */
export function durationSection(c: SectionContext): TemplateResult {
  const label = (k: string) => c.t(`duration.${durationKeys[k]}`);
  return categorySection('duration', c.view.tables.durationBand, c, label, (b) => {
    const top = largest(b);
    return top ? c.t('duration.summary', { band: top.label, count: say(top.value, c) }) : c.t('duration.none');
  }, durationBands);
}

/** A host dimension's name as words: `staffGroup` becomes "staff group". */
export const dimensionName = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/** Conversations by a host dimension, and coverage against its headcounts when the host gave them. */
export function dimensionSections(name: string, d: DimensionView, c: SectionContext): TemplateResult {
  const dimension = dimensionName(name);
  if (!d.table) return html`<section class="measure" part="measure">${heading(c, undefined, c.t('breakdown.heading', { dimension }))}<p class="summary">${c.t('breakdown.withheld', { dimension })}</p></section>`;
  const label = (k: string) => (k === notRecorded ? c.t('breakdown.notRecorded') : k);
  // "Not recorded" is shown only when some conversation had no value.
  const recorded = d.table.values[d.table.rows.length - 1][d.table.cols.indexOf(notRecorded)] === 0;
  const order = orderedCategories(d.table, c.months).filter((k) => !(recorded && k === notRecorded));
  const breakdown = categorySection('breakdown', d.table, c, label, (b) => {
    const top = largest(b);
    return top ? c.t('breakdown.summary', { dimension, group: top.label, count: say(top.value, c) }) : c.t('breakdown.none');
  }, order, c.t('breakdown.heading', { dimension }));
  return d.headcount ? html`${breakdown}${coverageSection(dimension, d, c)}` : breakdown;
}

function coverageSection(dimension: string, d: DimensionView, c: SectionContext): TemplateResult {
  const t = d.table as Table;
  const groups = Object.keys(d.headcount ?? {});
  const shares = groups.map((g) => ({ g, share: coverage(d, g) }));
  const text = (s: ReturnType<typeof coverage>) =>
    s === null ? c.hiddenWord : 'percent' in s ? c.t('coverage.percent', { value: s.percent }) : c.t('coverage.band', { low: s.band[0], high: s.band[1] });
  const b: Bar[] = shares.map(({ g, share }) => ({ label: g, value: share && 'percent' in share ? share.percent : null, text: share ? text(share) : undefined }));
  const rank = (s: ReturnType<typeof coverage>) => (s === null ? -1 : 'percent' in s ? s.percent : s.band[0]);
  const known = shares.filter((s) => s.share !== null).sort((x, y) => rank(y.share) - rank(x.share));
  const summary = known.length < 2
    ? c.t('coverage.none')
    : c.t('coverage.summary', { high: known[0].g, highValue: text(known[0].share), low: known.at(-1)?.g, lowValue: text(known.at(-1)?.share ?? null) });
  const yearRow = t.values[t.rows.length - 1];
  const table = html`<div class="table-wrap"><table>
    <caption>${c.t('coverage.heading', { dimension })}</caption>
    <thead><tr>${['group', 'headcount', 'conversations', 'share'].map((k) => html`<th scope="col">${c.t(`coverage.${k}`)}</th>`)}</tr></thead>
    <tbody>${shares.map(({ g, share }) => html`<tr><th scope="row">${g}</th><td>${(d.headcount?.[g] ?? 0).toLocaleString(c.language)}</td>
      <td>${say(yearRow[t.cols.indexOf(g)], c)}</td><td>${text(share)}</td></tr>`)}</tbody>
  </table></div><p class="note">${c.t('coverage.note')}</p>`;
  return measure(c, 'coverage', c.t('coverage.heading', { dimension }), summary, barChart(b, 'coverage-summary', c.hiddenLabel, c.language), table);
}

/** The months the report covers, for the period filter. */
export const reportMonths = (view: PublishedView) => monthsOf(view.tables.outcome);
