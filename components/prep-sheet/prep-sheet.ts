import { LitElement, html, nothing, type PropertyValues, type HTMLTemplateResult } from 'lit';
import { resolveContent } from '../../src/content/conversation-content.js';
import type { TrustConfigFile } from '../../src/content/trust-config.js';
import { nations, type Nation } from '../../src/content/types.js';
import { emit } from '../../src/events/events.js';
import { directionOf, isReviewed } from '../../src/i18n/i18n.js';
import { baseStyles } from '../shared/base.styles.js';
import { langAttribute } from '../shared/lang-attribute.js';
import { printElement } from '../shared/print.js';
import { renderProblems } from '../shared/problems-panel.js';
import { problemsPanelStyles } from '../shared/problems-panel.styles.js';
import { loadStandaloneText, type StandaloneText } from '../shared/standalone-text.js';
import { blankPlanStyles } from './blank-plan.styles.js';
import { renderManagerGuide } from './manager-guide.js';
import { managerGuideStyles } from './manager-guide.styles.js';
import { supportQrStyles } from '../shared/support-qr.styles.js';
import { prepSheetStyles } from './prep-sheet.styles.js';
import type { SheetView } from './sheet-view.js';
import { renderStaffSheet } from './staff-sheet.js';

/** Who a preparation sheet is for: the staff member (the default), or the manager holding the conversation on paper. */
export const prepAudiences = ['staff', 'manager'] as const;
/** Who a preparation sheet is for. */
export type PrepAudience = (typeof prepAudiences)[number];

/**
 * A printable sheet to read before a health and wellbeing conversation. For the staff member (the default): what
 * the conversation is for, that it is their choice and private within one limit, the topics they might think
 * about, that they may bring someone, talk to someone else or have an interpreter, the crisis lines of their
 * nation, and the trust's staff support page as a QR code when its config names one. With `audience="manager"`: a
 * paper guide to the whole conversation (every stage, every topic's questions, the trust's services, the safety
 * steps) and a blank plan page to fill in by hand.
 *
 * While its own print dialogue is open the element has a `printing` attribute, so a host page's print styles can
 * leave everything else off the paper, e.g. `body:has([printing]) main > :not(:has([printing]))`.
 *
 * @event wcg-error - The trust config had problems; the sheet uses the standard config. `detail: { errors }`.
 *
 * @csspart sheet - The sheet itself.
 * @csspart print - The print button (never printed).
 * @csspart topics - The topics, with their gentler wording (staff) or their questions (manager).
 * @csspart crisis-lines - The crisis lines and their numbers.
 * @csspart support-qr - The staff support page's QR code, its caption and address (staff; with a `staffSupportUrl` in the config).
 * @csspart unconfirmed - The warning under the crisis lines when a number could not be confirmed on its own page.
 * @csspart stages - The stages of the conversation (manager).
 * @csspart services - The services, grouped by category (manager).
 * @csspart service-group - One category of services (manager).
 * @csspart safety - The safety steps (manager).
 * @csspart blank-plan - The blank plan page (manager).
 * @csspart config-errors - Problems with the trust config, for the HR admin (never printed).
 * @csspart unreviewed - In a language no native speaker has checked yet, the notice that says so (printed too).
 *
 * @cssproperty --wcg-color-text - Body text. Default #212b32.
 * @cssproperty --wcg-color-secondary-text - Hints. Default #4c6272.
 * @cssproperty --wcg-color-surface - Notes for the manager. Default #f0f4f5.
 * @cssproperty --wcg-color-border - Rules and boxes. Default #aeb7bd.
 * @cssproperty --wcg-color-safety - The border of the safety steps. Default #8a1538.
 * @cssproperty --wcg-font-family - Font. Default Arial, 'Helvetica Neue', Helvetica, sans-serif.
 * @cssproperty --wcg-font-size - Base text size on screen. Default 1.1875rem (19px).
 */
export class WcgPrepSheet extends LitElement {
  static override styles = [baseStyles, problemsPanelStyles, supportQrStyles, prepSheetStyles, managerGuideStyles, blankPlanStyles];

  private loads = 0;

  static override properties = {
    text: { state: true, attribute: false },
    lang: { reflect: true, useDefault: true, converter: langAttribute },
    nation: {},
    audience: { reflect: true },
    config: { attribute: false },
  };

  private text: StandaloneText | undefined;

  /** The language of the sheet (BCP 47). When absent, the nearest `[lang]` ancestor's, else en-GB. */
  override lang = '';

  /** Which nation's crisis lines to show; overrides the trust config. */
  nation: Nation | '' = '';

  /** Who the sheet is for: `staff` (the default) or `manager`, for the paper guide. */
  audience: PrepAudience = 'staff';

  /** The trust's config as an object: its topics, services and crisis-line changes. Checked before use. */
  config: TrustConfigFile | undefined = undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.text || changed.has('lang') || changed.has('config')) void this.load();
  }

  private async load(): Promise<void> {
    const load = ++this.loads;
    const text = await loadStandaloneText({ host: this, lang: this.lang, config: this.config });
    // A later change of language or config has started another load; only the latest is shown.
    if (load !== this.loads) return;
    this.text = text;
    if (text.errors.length) emit(this, 'wcg-error', { errors: text.errors.map(({ path, message }) => ({ path, message })) });
  }

  private readonly onPrint = (): void => {
    this.print();
  };

  private view(text: StandaloneText): SheetView {
    const nation = nations.includes(this.nation as Nation) ? (this.nation as Nation) : text.config.nation;
    const config = { ...text.config, nation };
    return { t: text.i18n.t, language: text.language, config, content: resolveContent(config), onPrint: this.onPrint };
  }

  /** Opens the browser's print dialogue. The print styles show the sheet alone, black on white, on A4. */
  print(): void {
    printElement(this);
  }

  override render(): HTMLTemplateResult | typeof nothing {
    const text = this.text;
    if (!text) return nothing;
    const view = this.view(text);
    // The language asked for, not the resolved one: i18next resolves a staff language, loaded after it starts, to en-GB.
    const reviewed = isReviewed(text.i18n, text.i18n.language);
    return html`
      <div class="frame" lang=${text.language} dir=${directionOf(text.i18n, text.language)}>
        ${renderProblems({
          id: 'config-problems', kind: 'error', part: 'config-errors', issues: text.errors,
          heading: view.t('common:config.errorsHeading'), lead: view.t('common:config.errorsLead'),
        })}
        ${reviewed
          ? nothing
          : html`<p class="unreviewed" part="unreviewed">${view.t('summary:prep.unreviewed')}</p>`}
        ${this.audience === 'manager' ? renderManagerGuide(view) : renderStaffSheet(view)}
      </div>
    `;
  }
}
