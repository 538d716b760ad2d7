import { html, nothing, type TemplateResult } from 'lit';
import { total, type Table } from '../../src/evaluation/index.js';
import { columnTotals } from './report-data.js';
import { monthName, type ReportLanguage } from './report-text.js';

/** What the table templates need: the language, the hidden label and its spoken word, the total's name. */
export interface TableText {
  language: ReportLanguage;
  hiddenLabel: string;
  hiddenWord: string;
  totalLabel: string;
  monthLabel: string;
}

/** A count, or the hidden label (read out as the word "hidden"). */
export function cell(value: number | null | undefined, text: TableText): TemplateResult {
  if (value === null || value === undefined) {
    return html`<span aria-hidden="true">${text.hiddenLabel}</span><span class="visually-hidden">${text.hiddenWord}</span>`;
  }
  return html`${value.toLocaleString(text.language)}`;
}

const monthHeading = (month: string, text: TableText) =>
  html`<th scope="col"><span aria-hidden="true">${monthName(month, text.language, 'short')}</span><span class="visually-hidden">${monthName(month, text.language)}</span></th>`;

/**
 * A table with a row per category (in `order`) and a column per chosen month, then the total over them.
 * The same numbers as the chart beside it, for anyone who cannot see the chart, and for print.
 */
export function categoryTable(caption: string, t: Table, months: readonly string[], order: readonly string[], labelOf: (key: string) => string, text: TableText): TemplateResult {
  const shown = months.filter((m) => t.rows.includes(m));
  const totals = columnTotals(t, shown);
  return html`<div class="table-wrap"><table>
    <caption>${caption}</caption>
    <thead><tr><td></td>${shown.map((m) => monthHeading(m, text))}<th scope="col">${text.totalLabel}</th></tr></thead>
    <tbody>
      ${order.map((key) => {
        const b = t.cols.indexOf(key);
        return html`<tr><th scope="row">${labelOf(key)}</th>${shown.map((m) => html`<td>${cell(t.values[t.rows.indexOf(m)][b], text)}</td>`)}<td>${cell(totals.get(key), text)}</td></tr>`;
      })}
    </tbody>
  </table></div>`;
}

/** A table with a row per chosen month and a column per key (the total last), then a total row. */
export function monthTable(caption: string, t: Table, months: readonly string[], keys: readonly string[], labelOf: (key: string) => string, text: TableText): TemplateResult {
  const shown = months.filter((m) => t.rows.includes(m));
  const totals = columnTotals(t, shown);
  return html`<div class="table-wrap"><table>
    <caption>${caption}</caption>
    <thead><tr><th scope="col">${text.monthLabel}</th>${keys.map((k) => html`<th scope="col">${k === total ? text.totalLabel : labelOf(k)}</th>`)}</tr></thead>
    <tbody>
      ${shown.map((m) => html`<tr><th scope="row">${monthName(m, text.language)}</th>${keys.map((k) => html`<td>${cell(t.values[t.rows.indexOf(m)][t.cols.indexOf(k)], text)}</td>`)}</tr>`)}
    </tbody>
    ${shown.length > 0 ? html`<tfoot><tr><th scope="row">${text.totalLabel}</th>${keys.map((k) => html`<td>${cell(totals.get(k), text)}</td>`)}</tr></tfoot>` : nothing}
  </table></div>`;
}

/**
 * The categories of a table by their total over the chosen months, largest first; hidden totals last, then by
 * name. `fixed` keeps a natural order (duration bands) instead.
 */
export function orderedCategories(t: Table, months: readonly string[], fixed?: readonly string[]): string[] {
  const keys = t.cols.filter((c) => c !== total);
  if (fixed) return fixed.filter((k) => keys.includes(k));
  const totals = columnTotals(t, months.filter((m) => t.rows.includes(m)));
  const value = (k: string) => totals.get(k) ?? -1;
  return keys.sort((a, b) => value(b) - value(a) || (a < b ? -1 : 1));
}
