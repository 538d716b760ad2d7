import { LitElement, html, nothing, type PropertyValues, type HTMLTemplateResult } from 'lit';
import { resolveContent } from '../../src/content/conversation-content.js';
import type { ParseResult, TrustConfigFile } from '../../src/content/trust-config.js';
import type { TopicDefinition } from '../../src/content/types.js';
import { emit } from '../../src/events/events.js';
import { directionOf } from '../../src/i18n/i18n.js';
import { parseRecord } from '../../src/record/parse-record.js';
import type { AgreedRecord } from '../../src/record/record.types.js';
import { baseStyles } from '../shared/base.styles.js';
import { langAttribute } from '../shared/lang-attribute.js';
import { printElement } from '../shared/print.js';
import { renderProblems } from '../shared/problems-panel.js';
import { problemsPanelStyles } from '../shared/problems-panel.styles.js';
import { recordViewStyles } from '../shared/record-view.styles.js';
import { loadStandaloneText, type StandaloneText } from '../shared/standalone-text.js';
import { supportQrStyles } from '../shared/support-qr.styles.js';
import { planSummaryStyles } from './plan-summary.styles.js';
import { renderPlan } from './plan-summary.templates.js';

/**
 * A stored agreed record, read-only and printable: for the HR portal, or the manager and staff member at the
 * review date. Shows the date, the outcome and each section the staff member agreed to record, in the interface
 * language, with the headings also in the staff member's language when its text exists. A record that cannot be
 * read is never shown in part: a panel lists its problems, by path, for the HR admin. When the trust config names a
 * staff support page, the plan ends with its QR code and address.
 *
 * While its own print dialogue is open the element has a `printing` attribute, so a host page's print styles can
 * leave everything else off the paper, e.g. `body:has([printing]) main > :not(:has([printing]))`.
 *
 * @event wcg-error - The record, or the trust config, could not be read. `detail: { errors: {path, message}[] }`.
 *
 * @csspart summary - The plan itself.
 * @csspart facts - Outcome and languages.
 * @csspart section - One recorded section.
 * @csspart support-qr - The staff support page's QR code, its caption and address (with a `staffSupportUrl` in the config).
 * @csspart print - The print button (never printed).
 * @csspart record-errors - Why the record cannot be shown.
 * @csspart record-warnings - What was left out of the record, and why (never printed).
 * @csspart config-errors - Problems with the trust config (never printed).
 *
 * @cssproperty --wcg-color-text - Body text. Default #212b32.
 * @cssproperty --wcg-color-secondary-text - The second language's headings. Default #4c6272.
 * @cssproperty --wcg-color-border - Rules between sections. Default #aeb7bd.
 * @cssproperty --wcg-color-error - The border of the record's problems. Default #d5281b.
 * @cssproperty --wcg-font-family - Font. Default Arial, 'Helvetica Neue', Helvetica, sans-serif.
 * @cssproperty --wcg-font-size - Base text size on screen. Default 1.1875rem (19px).
 */
export class WcgPlanSummary extends LitElement {
  static override styles = [baseStyles, recordViewStyles, supportQrStyles, problemsPanelStyles, planSummaryStyles];

  private loads = 0;
  private parsed: ParseResult<AgreedRecord> | undefined;
  private reportRecord = false;

  static override properties = {
    text: { state: true, attribute: false },
    lang: { reflect: true, useDefault: true, converter: langAttribute },
    staffLang: { attribute: 'staff-lang' },
    record: { attribute: false },
    config: { attribute: false },
  };

  private text: StandaloneText | undefined;

  /** The interface language (BCP 47). When absent, the nearest `[lang]` ancestor's, else en-GB. */
  override lang = '';

  /** The staff member's language: headings are shown in it too, beside the interface language, when its text exists. */
  staffLang = '';

  /** The stored record: the object, or its JSON text. It is checked with `parseRecord` before anything is shown. */
  record: unknown = undefined;

  /** The trust's config (optional), so the names of the trust's own topics can be shown. Checked before use. */
  config: TrustConfigFile | undefined = undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('record')) {
      this.parsed = this.record === undefined ? undefined : parseRecord(this.record);
      this.reportRecord = this.parsed?.ok === false;
    }
    if (!this.text || changed.has('lang') || changed.has('staffLang') || changed.has('config')) void this.load();
  }

  protected override updated(): void {
    if (this.reportRecord && this.parsed && !this.parsed.ok) {
      this.reportRecord = false;
      emit(this, 'wcg-error', { errors: this.parsed.errors.map(({ path, message }) => ({ path, message })) });
    }
  }

  private async load(): Promise<void> {
    const load = ++this.loads;
    const text = await loadStandaloneText({ host: this, lang: this.lang, staffLang: this.staffLang, config: this.config });
    // A later change of language or config has started another load; only the latest is shown.
    if (load !== this.loads) return;
    this.text = text;
    if (text.errors.length) emit(this, 'wcg-error', { errors: text.errors.map(({ path, message }) => ({ path, message })) });
  }

  private readonly onPrint = (): void => {
    this.print();
  };

  // The topics a record names: those the config knows, and a stand-in for any other (a trust's own topic shown
  // without the trust's config), so its id is shown rather than a missing key.
  private topicsFor(record: AgreedRecord, text: StandaloneText): TopicDefinition[] {
    const known = [...resolveContent(text.config).topics];
    for (const { id } of record.topics ?? []) {
      if (known.some((topic) => topic.id === id)) continue;
      known.push({ id, namespace: 'trust', followUps: 0, listenFor: 0, avoid: 0, culturalNote: false, services: [] });
      if (!text.i18n.exists(`trust:${id}.name`)) {
        text.i18n.addResource(text.language, 'trust', `${id}.name`, text.i18n.t('summary:plan.unknownTopic', { id }));
      }
    }
    return known;
  }

  private renderRecord(parsed: ParseResult<AgreedRecord>, text: StandaloneText) {
    const t = text.i18n.t;
    if (!parsed.ok) {
      return renderProblems({
        id: 'record-errors', kind: 'error', part: 'record-errors', issues: parsed.errors,
        heading: t('summary:plan.errors.heading'), lead: t('summary:plan.errors.lead'),
      });
    }
    return html`
      ${renderProblems({
        id: 'record-warnings', kind: 'warning', part: 'record-warnings', issues: parsed.warnings,
        heading: t('summary:plan.warnings.heading'), lead: t('summary:plan.warnings.lead'),
      })}
      ${renderPlan(parsed.value, { text, topics: this.topicsFor(parsed.value, text), services: resolveContent(text.config).services, staffSupportUrl: text.config.staffSupportUrl, onPrint: this.onPrint })}
    `;
  }

  /** Opens the browser's print dialogue. The print styles show the plan alone, black on white, on A4. */
  print(): void {
    printElement(this);
  }

  override render(): HTMLTemplateResult | typeof nothing {
    const text = this.text;
    if (!text) return nothing;
    return html`
      <div class="frame" lang=${text.language} dir=${directionOf(text.i18n, text.language)}>
        ${renderProblems({
          id: 'config-problems', kind: 'error', part: 'config-errors', issues: text.errors,
          heading: text.i18n.t('common:config.errorsHeading'), lead: text.i18n.t('common:config.errorsLead'),
        })}
        ${this.parsed ? this.renderRecord(this.parsed, text) : nothing}
      </div>
    `;
  }
}
