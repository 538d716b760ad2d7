import type { i18n } from 'i18next';
import { LitElement, html, nothing, type PropertyValues, type HTMLTemplateResult } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { languageName } from '../shared/language-name.js';
import { configPreviewStyles } from './config-preview.styles.js';

/** One problem with the config, as the page around the preview words it. */
export interface PreviewProblem {
  readonly severity: 'error' | 'warning';
  readonly text: string;
}

/**
 * A live `<wcg-conversation>` showing trust config as managers would see it, for the config page.
 * Changes reach it `delay` milliseconds after the last one, so typing does not restart it at every key.
 * Its own few words come from the i18next instance its parent passes in. The problems with the config are
 * listed above it in the words its parent gives, in place of the guide's own list for developers, which names
 * each setting as the file does.
 *
 * @csspart heading - The "Preview" heading.
 * @csspart language - The choice of the language to preview in.
 * @csspart problems - The list of problems with the config, when it has any.
 * @csspart conversation - The `<wcg-conversation>` itself.
 *
 * @cssproperty --wcg-color-border - The frame round the conversation. Default #aeb7bd.
 * @cssproperty --wcg-color-error - The bar beside the problems, when one stops the config being used. Default #d5281b.
 * @cssproperty --wcg-color-warning - The bar beside the problems, when all are warnings. Default #ffb81c.
 * @cssproperty --wcg-space - Spacing unit. Default 1rem.
 */
export class WcgConfigPreview extends LitElement {
  static override styles = [baseStyles, configPreviewStyles];

  private timer?: ReturnType<typeof setTimeout>;

  static override properties = {
    shown: { state: true, attribute: false },
    shownProblems: { state: true, attribute: false },
    previewLanguage: { state: true, attribute: false },
    config: { attribute: false },
    problems: { attribute: false },
    languages: { attribute: false },
    i18n: { attribute: false },
    delay: { type: Number },
  };

  private shown: unknown = undefined;
  private shownProblems: readonly PreviewProblem[] = [];
  private previewLanguage = '';

  /** The config to preview, as written in the file; checked by the conversation as it would check the file. */
  config: unknown = undefined;

  /** The problems with `config`, worded for the person editing it; listed once the preview shows that config. */
  problems: readonly PreviewProblem[] = [];

  /** The languages the config is written in, English first; the preview can be shown in each. */
  languages: readonly string[] = ['en-GB'];

  /** The parent page's i18next instance, for the heading and labels. Nothing is shown until it is set. */
  i18n: i18n | undefined = undefined;

  /** How long to wait after a change before the preview takes it, in milliseconds. */
  delay = 300;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('config')) {
      // Problems worded again for the same config (in another language, say) are shown at once.
      if (changed.has('problems') && this.shown === this.config) this.shownProblems = this.problems;
      return;
    }
    clearTimeout(this.timer);
    // The first config shows at once; later ones wait for a pause in the typing. Its problems go with it.
    const show = () => {
      this.shown = this.config;
      this.shownProblems = this.problems;
    };
    if (this.shown === undefined) show();
    else this.timer = setTimeout(show, this.delay);
  }

  private readonly onLanguage = (event: Event): void => {
    this.previewLanguage = (event.target as HTMLSelectElement).value;
  };

  // The problems in the parent's words. The guide's own list, which names settings as the file does, is hidden by the styles.
  private problemList(t: i18n['t']): HTMLTemplateResult | typeof nothing {
    const problems = this.shownProblems;
    if (!problems.length) return nothing;
    const kind = problems.some((p) => p.severity === 'error') ? 'errors' : 'warnings';
    return html`
      <section class="problems ${kind}" part="problems" aria-labelledby="preview-problems">
        <h3 id="preview-problems">${t(`configure:preview.problems.${kind}Heading`)}</h3>
        <p>${t(`configure:preview.problems.${kind}Lead`)}</p>
        <ul>
          ${problems.map((p) => html`<li>${p.severity === 'warning' ? html`<strong>${t('configure:problems.warningPrefix')}</strong> ` : nothing}${p.text}</li>`)}
        </ul>
      </section>
    `;
  }

  override render(): HTMLTemplateResult | typeof nothing {
    const i18n = this.i18n;
    if (!i18n) return nothing;
    const t = i18n.t;
    const lang = this.languages.includes(this.previewLanguage) ? this.previewLanguage : this.languages[0] ?? 'en-GB';
    return html`
      <h2 part="heading">${t('configure:preview.heading')}</h2>
      <p class="hint">${t('configure:preview.lead')}</p>
      ${this.languages.length > 1
        ? html`<div class="language" part="language">
            <label for="preview-language">${t('configure:preview.language')}</label>
            <select id="preview-language" @change=${this.onLanguage}>
              ${this.languages.map((l) => html`<option value=${l} ?selected=${l === lang}>${languageName(l, i18n.language)}</option>`)}
            </select>
          </div>`
        : nothing}
      ${this.problemList(t)}
      <wcg-conversation part="conversation" lang=${lang} .config=${this.shown}></wcg-conversation>
    `;
  }
}
