import type { i18n } from 'i18next';
import { LitElement, html, nothing, type PropertyValues, type HTMLTemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles } from '../shared/base.styles.js';
import { languageName } from '../shared/language-name.js';
import { configPreviewStyles } from './config-preview.styles.js';

/**
 * A live `<wcg-conversation>` showing trust config as managers would see it, for the config page.
 * Changes reach it `delay` milliseconds after the last one, so typing does not restart it at every key.
 * Its own few words come from the i18next instance its parent passes in.
 *
 * @csspart heading - The "Preview" heading.
 * @csspart language - The choice of the language to preview in.
 * @csspart conversation - The `<wcg-conversation>` itself.
 *
 * @cssproperty --wcg-color-border - The frame round the conversation. Default #aeb7bd.
 * @cssproperty --wcg-space - Spacing unit. Default 1rem.
 */
export class WcgConfigPreview extends LitElement {
  static override styles = [baseStyles, configPreviewStyles];

  private timer?: ReturnType<typeof setTimeout>;

  @state() private accessor shown: unknown = undefined;
  @state() private accessor previewLanguage = '';

  /** The config to preview, as written in the file; checked by the conversation as it would check the file. */
  @property({ attribute: false }) accessor config: unknown = undefined;

  /** The languages the config is written in, English first; the preview can be shown in each. */
  @property({ attribute: false }) accessor languages: readonly string[] = ['en-GB'];

  /** The parent page's i18next instance, for the heading and labels. Nothing is shown until it is set. */
  @property({ attribute: false }) accessor i18n: i18n | undefined = undefined;

  /** How long to wait after a change before the preview takes it, in milliseconds. */
  @property({ type: Number }) accessor delay = 300;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('config')) return;
    clearTimeout(this.timer);
    // The first config shows at once; later ones wait for a pause in the typing.
    if (this.shown === undefined) this.shown = this.config;
    else this.timer = setTimeout(() => (this.shown = this.config), this.delay);
  }

  private readonly onLanguage = (event: Event): void => {
    this.previewLanguage = (event.target as HTMLSelectElement).value;
  };

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
      <wcg-conversation part="conversation" lang=${lang} .config=${this.shown}></wcg-conversation>
    `;
  }
}
