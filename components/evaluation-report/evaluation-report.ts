import { LitElement, html, nothing, type PropertyValues, type HTMLTemplateResult } from 'lit';
import { parseDimensions, type Dimensions, type Problem, type PublishedView } from '../../src/evaluation/index.js';
import { baseStyles } from '../shared/base.styles.js';
import { langAttribute } from '../shared/lang-attribute.js';
import { printElement } from '../shared/print.js';
import { evaluationReportStyles } from './evaluation-report.styles.js';
import { readReportFile } from './report-data.js';
import {
  conversationsSection, dimensionName, dimensionSections, durationSection, indicatorsSection, reportMonths, servicesSection, topicsSection,
  type SectionContext,
} from './report-sections.js';
import { monthName, reportLanguageOf, reportText } from './report-text.js';

/**
 * The evaluation report: the anonymous `wcg-evaluation` numbers as charts an HR or EDI lead can take to a
 * board. Give it an events file the user picks (read in the browser; nothing is uploaded) or an aggregated
 * report, as a file or as the `view` property. Every number is published only after small-number suppression
 * (docs/evaluation.md); each chart has a one-sentence summary and a table with the same facts. Filters choose
 * the months and the host dimension to break down by; it prints as an A4 board report.
 *
 * @csspart filters - The period and dimension filters and the print button (never printed).
 * @csspart source - The file pickers (never printed).
 * @csspart measure - One measure: heading, summary, chart and table.
 *
 * @cssproperty --wcg-color-primary - Bars and completed conversations. Default #005eb8.
 * @cssproperty --wcg-color-text - Text. Default #212b32.
 * @cssproperty --wcg-font-family - Font. Default Arial, 'Helvetica Neue', Helvetica, sans-serif.
 */
export class WcgEvaluationReport extends LitElement {
  static override styles = [baseStyles, evaluationReportStyles];

  private eventsFile: File | undefined;
  private dimensions: Dimensions = {};
  // The read under way; a newer one aborts it, so an older file never replaces a newer one's report.
  private currentRead: AbortController | undefined;

  static override properties = {
    reading: { state: true, attribute: false },
    unreadable: { state: true, attribute: false },
    dimensionProblems: { state: true, attribute: false },
    from: { state: true, attribute: false },
    to: { state: true, attribute: false },
    dimension: { state: true, attribute: false },
    lang: { reflect: true, useDefault: true, converter: langAttribute },
    view: { attribute: false },
    standalone: { type: Boolean, reflect: true },
  };

  private reading = false;
  private unreadable = false;
  private dimensionProblems: Problem[] = [];
  private from = '';
  private to = '';
  private dimension: string | undefined;

  /** The report language: `cy` for Welsh, anything else en-GB. When absent, the nearest `[lang]`. */
  override lang = '';

  /** The published numbers to show (what `aggregate-evaluation.mjs --json` prints); set by the file pickers too. */
  view: PublishedView | undefined = undefined;

  /** The report stands alone on its page (a saved report file): its title is the page's h1 and there are no file pickers. */
  standalone = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') && this.view) {
      const months = reportMonths(this.view);
      this.from = months[0] ?? '';
      this.to = months.at(-1) ?? '';
      const names = Object.keys(this.view.dimensions);
      if (this.dimension === undefined || !names.includes(this.dimension)) this.dimension = names[0] ?? '';
    }
  }

  private get language() {
    return reportLanguageOf(this.lang || this.closest('[lang]')?.getAttribute('lang') || 'en-GB');
  }

  private async onDimensionsFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.dimensionProblems = [];
    this.dimensions = {};
    if (!file) return;
    let parsed: ReturnType<typeof parseDimensions>;
    try {
      parsed = parseDimensions(JSON.parse(await file.text()));
    } catch {
      parsed = { ok: false, errors: [{ path: file.name, message: 'not JSON' }] };
    }
    if (parsed.ok) this.dimensions = parsed.value;
    else this.dimensionProblems = parsed.errors;
    // Events chosen first are read again with the dimensions now declared.
    if (this.eventsFile) await this.read(this.eventsFile);
  }

  private async onEventsFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) await this.read(file);
  }

  private async read(file: File): Promise<void> {
    this.currentRead?.abort();
    const controller = new AbortController();
    this.currentRead = controller;
    this.eventsFile = file;
    this.reading = true;
    this.unreadable = false;
    try {
      const view = await readReportFile(file, this.dimensions, controller.signal);
      if (!controller.signal.aborted) this.view = view;
    } catch {
      if (!controller.signal.aborted) {
        this.view = undefined;
        this.unreadable = true;
      }
    } finally {
      if (!controller.signal.aborted) this.reading = false;
    }
  }

  /** Opens the print dialogue for the report alone, on A4. */
  print(): void {
    printElement(this);
  }

  private renderSource(t: SectionContext['t']) {
    if (this.standalone) return nothing;
    return html`<section class="source" part="source" aria-labelledby="source-heading">
      <h3 id="source-heading">${t('source.heading')}</h3>
      <p class="hint" id="source-help">${t('source.help')}</p>
      <label for="events-file">${t('source.events')}</label>
      <input id="events-file" type="file" accept=".jsonl,.ndjson,.json,.txt,application/json" aria-describedby="source-help" @change=${this.onEventsFile} />
      <label for="dimensions-file">${t('source.dimensions')}</label>
      <input id="dimensions-file" type="file" accept=".json,application/json" @change=${this.onDimensionsFile} />
      ${this.dimensionProblems.length > 0
        ? html`<div class="problems" role="alert"><p>${t('problems.dimensions')}</p><ul>${this.dimensionProblems.map((p) => html`<li>${p.path}: ${p.message}</li>`)}</ul></div>`
        : nothing}
      <p role="status">${this.reading ? t('source.reading') : this.unreadable ? t('problems.unreadable') : nothing}</p>
    </section>`;
  }

  private renderFilters(t: SectionContext['t'], months: string[]) {
    const language = this.language;
    const option = (m: string, selected: string) => html`<option value=${m} ?selected=${m === selected}>${monthName(m, language)}</option>`;
    const names = Object.keys(this.view?.dimensions ?? {});
    return html`<form class="filters" part="filters" @submit=${(e: Event) => e.preventDefault()}>
      <fieldset>
        <legend>${t('filters.heading')}</legend>
        <label>${t('filters.from')} <select id="from" @change=${(e: Event) => (this.from = (e.target as HTMLSelectElement).value)}>${months.filter((m) => m <= this.to).map((m) => option(m, this.from))}</select></label>
        <label>${t('filters.to')} <select id="to" @change=${(e: Event) => (this.to = (e.target as HTMLSelectElement).value)}>${months.filter((m) => m >= this.from).map((m) => option(m, this.to))}</select></label>
        ${names.length > 0
          ? html`<label>${t('filters.dimension')} <select id="dimension" @change=${(e: Event) => (this.dimension = (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${this.dimension === ''}>${t('filters.none')}</option>
              ${names.map((n) => html`<option value=${n} ?selected=${n === this.dimension}>${dimensionName(n)}</option>`)}
            </select></label>`
          : nothing}
      </fieldset>
      <button type="button" @click=${() => this.print()}>${t('print')}</button>
    </form>`;
  }

  override render(): HTMLTemplateResult {
    const language = this.language;
    const t = reportText(language);
    const title = this.standalone ? html`<h1>${t('title')}</h1>` : html`<h2>${t('title')}</h2>`;
    const view = this.view;
    if (!view) return html`${title}<p>${t('intro')}</p>${this.renderSource(t)}<p>${t('source.empty')}</p>`;
    const months = reportMonths(view);
    const chosen = months.filter((m) => m >= this.from && m <= this.to);
    const context: SectionContext = {
      t, view, months: chosen, level: this.standalone ? 2 : 3, language, hiddenLabel: t('hiddenLabel'), hiddenWord: t('hiddenWord'), totalLabel: t('total'), monthLabel: t('month'),
    };
    const d = this.dimension ? view.dimensions[this.dimension] : undefined;
    return html`${title}
      <p>${t('intro')}</p>
      ${this.renderSource(t)}
      ${view.invalidLines > 0 ? html`<p class="problems">${t('problems.skipped', { count: view.invalidLines })}</p>` : nothing}
      ${this.renderFilters(t, months)}
      <p class="period">${chosen.length > 0 ? `${monthName(chosen[0], language)} – ${monthName(chosen.at(-1) ?? chosen[0], language)}` : nothing}</p>
      <p class="legend">${t('hiddenLegend', { label: t('hiddenLabel') })}</p>
      ${conversationsSection(context)} ${topicsSection(context)} ${servicesSection(context)} ${indicatorsSection(context)} ${durationSection(context)}
      ${d && this.dimension ? dimensionSections(this.dimension, d, context) : nothing}`;
  }
}
