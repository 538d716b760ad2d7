import type { i18n } from 'i18next';
import { LitElement, html, type PropertyValues, type HTMLTemplateResult } from 'lit';
import type { ParseResult, TrustConfig } from '../../src/content/trust-config.js';
import { createI18n, sourceLanguage } from '../../src/i18n/i18n.js';
import { elementLanguage } from '../shared/element-language.js';
import { langAttribute } from '../shared/lang-attribute.js';
import type { WcgErrorSummary } from '../error-summary/error-summary.js';
import { baseStyles } from '../shared/base.styles.js';
import { languageName } from '../shared/language-name.js';
import { configEditorStyles } from './config-editor.styles.js';
import type { EditorView } from './config-fields.js';
import { checkConfig, IssueIndex, otherProblemsId } from './config-issues.js';
import { addMessageFormats, configNames, issueMessage } from './issue-words.js';
import { downloadJson } from './config-io.js';
import { fileNameFor, setWording, wordingChanges } from './config-edits.js';
import { blankConfig, isObject, type EditedConfig } from './config-paths.js';
import { languagesIn, removeLanguage } from './config-text.js';
import { focusField, otherProblems, statusLine, warningsList } from './editor-parts.js';
import { formSections } from './form-sections.js';
import { checkLanguageCode } from './organisation-section.js';
import { readConfigFile, sampleName } from './start-section.js';
import { checkWordingKey, originalText, wordingFieldId } from './wording-section.js';

/**
 * A page for an HR or OD team to write the trust config without a developer: open the file or start from
 * an example, change it in forms, see every problem next to its field as they type (checked by the same
 * parser the guide uses, and said in the form's own words: the field's label, the row it is in, the choices
 * as the form shows them), watch a live preview, and download the file. Nothing is sent anywhere.
 *
 * Focus: adding a row focuses its first field; removing one focuses the row that takes its place; moving a
 * topic keeps focus on its button; opening config with problems focuses the error summary.
 *
 * @csspart form - The column of forms.
 * @csspart summary - The error summary.
 * @csspart warnings - The list of config to check.
 * @csspart other-problems - Problems no field owns.
 * @csspart status - How many problems are left, and Undo.
 * @csspart preview - The `<wcg-config-preview>` beside the form.
 *
 * @cssproperty --wcg-color-error - Errors, and the bar beside a field with one. Default #d5281b.
 * @cssproperty --wcg-color-warning - Warnings, and the bar beside a field with one. Default #ffb81c.
 * @cssproperty --wcg-color-border - Row and section borders. Default #aeb7bd.
 * @cssproperty --wcg-color-surface - The status line. Default #f0f4f5.
 * @cssproperty --wcg-color-primary - Row headings and secondary buttons. Default #005eb8.
 * @cssproperty --wcg-space - Spacing unit. Default 1rem.
 */
export class WcgConfigEditor extends LitElement {
  static override styles = [baseStyles, configEditorStyles];

  private result: ParseResult<TrustConfig> = checkConfig(blankConfig());
  private focusAfterUpdate?: string;
  private readonly openRows = new Set<string>();

  static override properties = {
    i18n: { state: true, attribute: false },
    addedLanguages: { state: true, attribute: false },
    typed: { state: true, attribute: false },
    undo: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    untouched: { state: true, attribute: false },
    lang: { reflect: true, useDefault: true, converter: langAttribute },
    config: { attribute: false },
    samples: { attribute: false },
  };

  private get summary(): WcgErrorSummary | null {
    return this.renderRoot?.querySelector<WcgErrorSummary>('wcg-error-summary') ?? null;
  }

  private i18n: i18n | undefined;
  private addedLanguages: readonly string[] = [];
  // What is typed in the boxes that hold no setting (a language code, a text to change), and why it could not be added.
  private typed = { language: '', languageError: '', wordingKey: '', wordingLang: sourceLanguage, wordingError: '', fileError: '' };
  private undo: { previous: EditedConfig; message: string } | undefined;
  private announcement = '';
  // Set until the person first changes something: empty config is not yet mistakes, so none are shown (GOV.UK).
  private untouched = true;

  /** The language of the page's own words (BCP 47). When absent, the nearest `[lang]` ancestor's, else en-GB. */
  override lang = '';

  /** The config being edited, as written in the file. Set it to open config; read it for the current ones. */
  config: EditedConfig = blankConfig();

  /** Example config to start from, each offered by its organisation's name. */
  samples: readonly unknown[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadText();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config')) {
      if (!isObject(this.config)) this.config = blankConfig();
      this.result = checkConfig(this.config);
    }
    if (changed.has('lang') && this.i18n) void this.loadText();
  }

  protected override async updated(): Promise<void> {
    const id = this.focusAfterUpdate;
    if (id === undefined) return;
    this.focusAfterUpdate = undefined;
    if (id === 'summary' && this.summary) {
      await this.summary.updateComplete;
      this.summary.focus();
    } else (this.renderRoot as ShadowRoot).getElementById(id)?.focus();
  }

  private async loadText(): Promise<void> {
    const lang = elementLanguage(this, this.lang);
    // The editor's own words are not in the bundle every portal loads: they are fetched with the language.
    const text = await createI18n(lang, { namespaces: ['configure'] });
    addMessageFormats(text);
    this.i18n = text;
  }

  private get languages(): string[] {
    return [...new Set([...languagesIn(this.config), ...this.addedLanguages])];
  }

  // True while the page shows the empty config it started with, untouched.
  private get quiet(): boolean {
    return this.untouched && JSON.stringify(this.config) === JSON.stringify(blankConfig());
  }

  private readonly edit = (change: (edited: EditedConfig) => EditedConfig): void => {
    this.config = change(this.config);
    this.undo = undefined;
    this.untouched = false;
  };

  private readonly removeWithUndo = (change: (edited: EditedConfig) => EditedConfig, message: string): void => {
    this.untouched = false;
    this.undo = { previous: this.config, message };
    this.config = change(this.config);
    this.announce(message);
  };

  private readonly focusLater = (id: string): void => {
    this.focusAfterUpdate = id;
    this.requestUpdate();
  };

  private readonly announce = (message: string): void => {
    // Emptied first, so the same words said twice are still heard twice.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = message));
  };

  private open(config: EditedConfig, message: string, blank = false): void {
    this.undo = { previous: this.config, message };
    this.config = config;
    this.untouched = blank;
    this.addedLanguages = [];
    this.typed = { ...this.typed, fileError: '' };
    this.announce(message);
    if (!blank && !checkConfig(config).ok) this.focusLater('summary');
  }

  private readonly openFile = async (event: Event): Promise<void> => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file || !this.i18n) return;
    const read = await readConfigFile(file, this.i18n.t);
    if (read.config) this.open(read.config, read.message);
    else this.typed = { ...this.typed, fileError: read.message };
  };

  private readonly startFrom = (sample: unknown): void => {
    // A copy, so editing never changes the example itself.
    if (isObject(sample)) this.open(structuredClone(sample), this.i18n!.t('configure:start.started', { name: sampleName(sample) }));
  };

  private readonly startBlank = (): void => this.open(blankConfig(), this.i18n!.t('configure:start.startedBlank'), true);

  private readonly addLanguage = (): void => {
    const { tag, error } = checkLanguageCode(this.typed.language, this.languages, this.i18n!);
    this.typed = { ...this.typed, languageError: error, language: tag ? '' : this.typed.language };
    if (!tag) return;
    this.addedLanguages = [...this.addedLanguages, tag];
    this.announce(this.i18n!.t('configure:languages.added', { language: languageName(tag, this.i18n!.language) }));
  };

  private readonly dropLanguage = (lang: string): void => {
    this.addedLanguages = this.addedLanguages.filter((l) => l !== lang);
    if (this.typed.wordingLang === lang) this.typed = { ...this.typed, wordingLang: sourceLanguage };
    this.removeWithUndo((edited) => removeLanguage(edited, lang), this.i18n!.t('configure:languages.removed', { language: languageName(lang, this.i18n!.language) }));
    this.focusLater('language');
  };

  private readonly addWording = (view: EditorView): void => {
    const t = view.t;
    const [key, lang] = [this.typed.wordingKey.trim(), this.typed.wordingLang];
    const error = checkWordingKey(key, t);
    this.typed = { ...this.typed, wordingError: error };
    if (error) return;
    if (wordingChanges(this.config, lang).some(([k]) => k === key)) {
      this.announce(t('configure:wording.already'));
      return this.focusLater(wordingFieldId(view, lang, key)!);
    }
    this.edit((edited) => setWording(edited, lang, key, lang === sourceLanguage ? originalText(key) ?? '' : ''));
    this.typed = { ...this.typed, wordingKey: '' };
    this.focusLater(`wording-${lang}-${wordingChanges(this.config, lang).length - 1}`);
  };

  private readonly restore = (): void => {
    if (!this.undo) return;
    this.config = this.undo.previous;
    this.undo = undefined;
    this.announce(this.i18n!.t('configure:status.undone'));
  };

  private readonly download = (): void => {
    this.untouched = false;
    const name = fileNameFor(this.config);
    downloadJson(this.renderRoot as ShadowRoot, this.config, name);
    this.announce(this.i18n!.t('configure:download.done', { name }));
  };

  override render(): HTMLTemplateResult {
    if (!this.i18n) return html``;
    const t = this.i18n.t;
    const languages = this.languages;
    const quiet = this.quiet;
    const names = configNames(t, this.i18n.language, this.config);
    const issues = new IssueIndex(quiet ? { ok: true, value: null, warnings: [] } : this.result, (issue, owner, path) => issueMessage(names, issue, owner, path));
    const memo = new Map<string, unknown>();
    const once = <T>(key: string, make: () => T): T => (memo.has(key) ? memo : memo.set(key, make())).get(key) as T;
    const view: EditorView = {
      t, edited: this.config, languages, uiLanguage: this.i18n.language, issues,
      edit: this.edit, remove: this.removeWithUndo, focus: this.focusLater, announce: this.announce, once, openRows: this.openRows,
    };
    const set = (patch: Partial<typeof this.typed>) => (this.typed = { ...this.typed, ...patch });
    const sections = formSections(view, {
      start: { samples: this.samples, fileError: this.typed.fileError, openFile: this.openFile, startFrom: this.startFrom, startBlank: this.startBlank },
      languages: {
        typed: this.typed.language, error: this.typed.languageError, add: this.addLanguage, remove: this.dropLanguage,
        type: (language) => set({ language, languageError: '' }),
      },
      wording: {
        key: this.typed.wordingKey, lang: languages.includes(this.typed.wordingLang) ? this.typed.wordingLang : sourceLanguage, error: this.typed.wordingError,
        setKey: (wordingKey) => set({ wordingKey, wordingError: '' }), setLang: (wordingLang) => set({ wordingLang }), add: () => this.addWording(view),
      },
      download: this.download,
    });
    const other = issues.claimRest(otherProblemsId, { label: t('configure:issues.where.file'), kind: 'group' }, []);
    const listed = issues.listed();
    const follow = (id: string) => focusField(this.renderRoot as ShadowRoot, id);
    return html`
      <div class="layout" lang=${this.i18n.language} dir=${this.i18n.dir()}>
        <div class="form" part="form">
          <wcg-error-summary part="summary" .heading=${t('configure:problems.heading')} .errors=${listed.filter((i) => i.severity === 'error')}></wcg-error-summary>
          ${warningsList(t, listed.filter((i) => i.severity === 'warning'), follow)} ${otherProblems(t, other)}
          ${statusLine(t, quiet ? -1 : issues.errorCount, this.undo, this.restore)} ${sections}
        </div>
        <wcg-config-preview class="preview" part="preview" .config=${quiet ? undefined : this.config} .problems=${listed} .languages=${languages}
          .i18n=${this.i18n}></wcg-config-preview>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }
}
