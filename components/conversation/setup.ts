import { ContextProvider } from '@lit/context';
import type { i18n } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultTrustConfig, type ParseIssue, type TrustConfig } from '../../src/content/trust-config.js';
import type { Nation } from '../../src/content/types.js';
import { contentContext, conversationContent, type ConversationContent } from '../../src/context/content-context.js';
import { i18nContext } from '../../src/context/lit-context-keys.js';
import { emit } from '../../src/events/events.js';
import { refusalMessage, type FetchRefusal } from '../../src/fetch/same-origin.js';
import { createI18n, missingTextMessage } from '../../src/i18n/i18n.js';
import { matchLocale } from '../../src/i18n/locales.js';
import { applyTrustText } from '../../src/i18n/trust-text.js';
import type { PreviousAction } from '../../src/model/conversation.js';
import { headingLevelOf } from '../shared/heading.js';
import { elementLanguage } from '../shared/element-language.js';
import { loadConfig } from './config.js';

/** What the setup reads from the element: the attributes and properties that decide config, text and content. */
export interface SetupHost extends ReactiveControllerHost, HTMLElement {
  readonly config: unknown;
  readonly configSrc: string;
  readonly previousRecord: unknown;
  readonly lang: string;
  readonly staffLang: string;
  readonly localesBase: string;
  readonly nation: Nation | '';
  readonly shareScreen: boolean;
  readonly evaluation: boolean;
  readonly headingLevel: number;
  /** Where and for which conversation drafts are kept: a change starts again from the config, as a new page would. */
  readonly persist: string;
  readonly draftId: string;
  readonly draftKey: unknown;
}

/** Which inputs a run starts from: everything, the text alone, or only the content shared with the children. */
type RunKind = 'all' | 'text' | 'content';

// The inputs of each kind of run, read from the host; a change to any of them starts that run.
const inputs: Record<RunKind, (h: SetupHost) => unknown[]> = {
  all: (h) => [h.config, h.configSrc, h.previousRecord, h.persist, h.draftId, h.draftKey],
  text: (h) => [h.lang, h.staffLang, h.localesBase],
  content: (h) => [h.nation, h.shareScreen, h.evaluation, h.headingLevel],
};

/**
 * Loads what the conversation stands on, in order: the trust's config and the previous record, then the text
 * (with the trust's wording), then the content shared with the children; `onSettled` is called after the
 * config and text, for the element to start or carry on the conversation. A run started while another is
 * under way cancels it, so a slower earlier load can never win (the language changed twice quickly, a framework
 * passing new config on every render). Reports every problem with `wcg-error`.
 */
export class ConversationSetup implements ReactiveController {
  /** The checked config, or the defaults while none is loaded or it had errors. */
  trustConfig: TrustConfig = defaultTrustConfig();
  /** Actions of the previous record, to review. */
  previousActions: PreviousAction[] = [];
  /** Problems with the config, for the admin panel. */
  configErrors: readonly ParseIssue[] = [];
  configWarnings: readonly ParseIssue[] = [];
  /** Problems with the previous record. */
  recordErrors: readonly ParseIssue[] = [];
  /** The element's own i18next instance, once loaded. */
  i18n: i18n | undefined;

  private readonly i18nProvider: ContextProvider<typeof i18nContext, SetupHost>;
  private readonly contentProvider: ContextProvider<typeof contentContext, SetupHost>;
  private last: Record<RunKind, unknown[]> | undefined;
  private running: { readonly kind: 'all' | 'text'; readonly abort: AbortController } | undefined;

  constructor(private readonly host: SetupHost, private readonly onSettled: (kind: 'all' | 'text') => Promise<void>) {
    host.addController(this);
    this.i18nProvider = new ContextProvider(host, { context: i18nContext });
    this.contentProvider = new ContextProvider(host, { context: contentContext });
  }

  /** The content shared with the children, once the text is loaded. */
  get content(): ConversationContent | undefined {
    return this.contentProvider.value;
  }

  hostConnected(): void {
    // A fresh element, or one moved back into the page after being taken out: load everything.
    this.last = undefined;
    this.hostUpdate();
  }

  hostDisconnected(): void {
    this.running?.abort.abort();
    this.running = undefined;
  }

  hostUpdate(): void {
    if (!this.host.isConnected) return;
    const now = { all: inputs.all(this.host), text: inputs.text(this.host), content: inputs.content(this.host) };
    const changed = (kind: RunKind) => !this.last || now[kind].some((value, i) => value !== this.last![kind][i]);
    let kind: RunKind | undefined = changed('all') ? 'all' : changed('text') ? 'text' : changed('content') ? 'content' : undefined;
    this.last = now;
    if (!kind) return;
    if (kind === 'content') return this.share();
    // A run that replaces one still under way must do at least what that one would have done.
    if (this.running?.kind === 'all') kind = 'all';
    void this.run(kind);
  }

  private async run(kind: 'all' | 'text'): Promise<void> {
    this.running?.abort.abort();
    const abort = new AbortController();
    const run = { kind, abort };
    this.running = run;
    if (kind === 'all') {
      const config = await loadConfig(this.host.config, this.host.configSrc);
      if (abort.signal.aborted) return;
      this.trustConfig = config.config;
      this.configErrors = config.errors;
      this.configWarnings = config.warnings;
      if (config.errors.length) emit(this.host, 'wcg-error', { errors: config.errors.map(({ path, message }) => ({ path, message })) });
      await this.readPreviousRecord();
      if (abort.signal.aborted) return;
    }
    const text = await this.loadText();
    if (abort.signal.aborted) return;
    this.i18n = text;
    this.i18nProvider.setValue(text);
    this.share();
    await this.onSettled(kind);
    if (this.running === run) this.running = undefined;
  }

  // The reader of a stored record is a file of its own, fetched only when there is a previous record to read.
  private async readPreviousRecord(): Promise<void> {
    this.previousActions = [];
    this.recordErrors = [];
    const previous = this.host.previousRecord;
    if (previous === undefined || previous === null) return;
    let reader: typeof import('../../src/elements/record-reader.js');
    try {
      reader = await import('../../src/elements/record-reader.js');
    } catch {
      this.recordErrors = [{ path: '', message: 'could not be read: the file that reads it could not be downloaded' }];
      emit(this.host, 'wcg-error', { errors: [{ path: 'previousRecord', message: this.recordErrors[0]!.message }] });
      return;
    }
    const { parseRecord, previousActionsFrom } = reader;
    const result = parseRecord(previous);
    if (result.ok) {
      this.previousActions = previousActionsFrom(result.value);
      return;
    }
    this.recordErrors = result.errors;
    emit(this.host, 'wcg-error', { errors: result.errors.map(({ path, message }) => ({ path: `previousRecord.${path}`, message })) });
  }

  private async loadText(): Promise<i18n> {
    const { localesBase, staffLang } = this.host;
    const refused = new Set<Exclude<FetchRefusal, 'failed'>>();
    const missing: string[] = [];
    const language = elementLanguage(this.host, this.host.lang);
    const instance = await createI18n(language, {
      // The first stage shows none of the later stages' text: it arrives while the first stage is on screen.
      laterTextAfter: !this.i18n,
      ...(localesBase ? { localesBase } : {}),
      ...(staffLang ? { alsoLoad: [staffLang] } : {}),
      onRefused: (reason) => refused.add(reason),
      onMissing: (lang) => missing.push(lang),
    });
    const errors = [
      ...[...refused].map((reason) => ({ path: 'locales-base', message: refusalMessage(reason, 'text files') })),
      ...missing.map((lang) => ({ path: matchLocale(language) === lang ? 'lang' : 'staff-lang', message: missingTextMessage(lang) })),
    ];
    if (errors.length) emit(this.host, 'wcg-error', { errors });
    applyTrustText(instance, this.trustConfig);
    return instance;
  }

  // The content every child reads: the trust's config with the nation in force, the languages and the mode.
  private share(): void {
    if (!this.i18n) return;
    const { nation, staffLang, shareScreen, evaluation } = this.host;
    const headingLevel = headingLevelOf(this.host.headingLevel);
    this.contentProvider.setValue(conversationContent(this.trustConfig, { nation, language: this.i18n.language, staffLanguage: staffLang, shareScreen, evaluation, headingLevel }));
    this.host.requestUpdate();
  }
}
