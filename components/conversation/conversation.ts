import { ContextProvider } from '@lit/context';
import type { i18n } from 'i18next';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { createActor } from 'xstate';
import { recordMeta } from '../../src/context/content-context.js';
import { resolveContent } from '../../src/content/conversation-content.js';
import { defaultTrustConfig, type ParseIssue, type TrustConfig } from '../../src/content/trust-config.js';
import { builtInTopicIds, nations, type Nation } from '../../src/content/types.js';
import { contentContext, type ConversationContent } from '../../src/context/content-context.js';
import { conversationContext, i18nContext, type ConversationActor } from '../../src/context/conversation-context.js';
import { emit } from '../../src/events/events.js';
import { refusalMessage, type FetchRefusal } from '../../src/fetch/same-origin.js';
import { createI18n, directionOf } from '../../src/i18n/i18n.js';
import { distinctStaffLanguage } from '../../src/i18n/locales.js';
import { elementLanguage } from '../shared/element-language.js';
import { applyTrustText } from '../../src/i18n/trust-text.js';
import { carryOver } from '../../src/machine/carry-over.js';
import { conversationMachine } from '../../src/machine/conversation.machine.js';
import type { ConversationContext, PreviousAction } from '../../src/machine/conversation.types.js';
import { restoredSnapshot } from '../../src/machine/restore.js';
import { localDate } from '../../src/base/calendar.js';
import { buildRecord } from '../../src/record/build-record.js';
import { evaluationToSend } from '../../src/record/evaluation.js';
import { parseRecord, previousActionsFrom } from '../../src/record/parse-record.js';
import type { AgreedRecord } from '../../src/record/record.types.js';
import { baseStyles } from '../shared/base.styles.js';
import { conversationStyles } from './conversation.styles.js';
import { draftNotice, navButtons, problemsPanel, progressLine, recoveredPanel, stageBodies, stageHeading, type NavEvent } from './conversation.templates.js';
import { Drafts, type DraftHost, type DraftKeySource, type PersistMode } from './drafts.js';
import { FormValue } from './form-value.js';
import { loadSettings } from './settings.js';
import { submittedNotice } from './submitted-notice.js';

/**
 * The live guided wellbeing conversation: one stage at a time, from preparation to an agreed record.
 * Owns the conversation actor and shares it, the text and the content with its children.
 *
 * @event wcg-ready - Text and settings are loaded and the first stage is showing. `detail: {}`.
 * @event wcg-stage-change - The user moved to another stage. `detail: { stage, previous }`.
 * @event wcg-change - The user changed something. `detail: { field, stage }`: the kind of field (`notes`, `actions`, `consent`…) and the stage, never a topic or what was typed.
 * @event wcg-safety - The safety steps were opened. `detail: { path, at }`: no content.
 * @event wcg-complete - The conversation ended, agreed or declined. `detail: { record }`.
 * @event wcg-error - The trust settings, previous record or a draft had problems. `detail: { errors: {path, message}[] }`.
 * @event wcg-draft - persist="host": a versioned draft for the host to keep. `detail: { draft }`.
 * @event wcg-evaluation - With `evaluation`, when the staff member agreed on the check page to share anonymous numbers: categorical data, no content. A declined conversation sends its month and outcome only. `detail`: the payload.
 *
 * @csspart frame - The whole widget.
 * @csspart header - Progress line and safety button.
 * @csspart progress - "Step 4 of 9".
 * @csspart safety-button - The button that opens the safety steps, on every stage.
 * @csspart heading - The stage heading.
 * @csspart body - The stage's own content.
 * @csspart nav - Continue, Back and the other stage buttons.
 * @csspart config-errors - Problems with the trust settings.
 * @csspart record-errors - Problems with the previous record.
 * @csspart draft-notice - Where the draft is kept, or why it is not.
 * @csspart recovered - Text recovered from a draft that could not be restored.
 * @csspart submitted-notice - After Back from a sent form: this conversation was completed and sent (no content).
 *
 * @cssproperty --wcg-color-text - Body text. Default #212b32.
 * @cssproperty --wcg-color-secondary-text - Hints and progress. Default #4c6272.
 * @cssproperty --wcg-color-background - Background. Default #ffffff.
 * @cssproperty --wcg-color-surface - Panels and guidance. Default #f0f4f5.
 * @cssproperty --wcg-color-primary - Links and accents. Default #005eb8.
 * @cssproperty --wcg-color-button - Main buttons. Default #007f3b.
 * @cssproperty --wcg-color-button-text - Text on main buttons. Default #ffffff.
 * @cssproperty --wcg-color-border - Borders. Default #aeb7bd.
 * @cssproperty --wcg-color-focus - Focus highlight. Default #ffeb3b.
 * @cssproperty --wcg-color-error - Errors. Default #d5281b.
 * @cssproperty --wcg-color-private - Private-note boxes. Default #4c6272.
 * @cssproperty --wcg-color-agreed - Agreed-wording boxes. Default #007f3b.
 * @cssproperty --wcg-color-warning - Warnings. Default #ffb81c.
 * @cssproperty --wcg-color-safety - The safety button. Default #8a1538.
 * @cssproperty --wcg-font-family - Font. Default Arial, sans-serif.
 * @cssproperty --wcg-font-size - Base text size. Default 1.1875rem (19px).
 * @cssproperty --wcg-font-size-prompt - The prompt read out to the staff member. Default 1.75rem.
 * @cssproperty --wcg-space - Spacing unit. Default 1rem.
 * @cssproperty --wcg-radius - Corner radius. Default 4px.
 * @cssproperty --wcg-max-width - Widest line of content. Default 48rem.
 */
export class WcgConversation extends LitElement implements DraftHost {
  static override styles = [baseStyles, conversationStyles];
  /** Joins a host `<form>`: the agreed record is submitted under `name`. */
  static formAssociated = true;

  private actor?: ConversationActor;
  private readonly actorProvider = new ContextProvider(this, { context: conversationContext });
  private readonly i18nProvider = new ContextProvider(this, { context: i18nContext });
  private readonly contentProvider = new ContextProvider(this, { context: contentContext });
  private readonly formValue = new FormValue(this);
  private readonly drafts = new Drafts(this);
  private trustConfig: TrustConfig = defaultTrustConfig();
  private previousActions: PreviousAction[] = [];
  private startedAt = Date.now();
  private readied = false;
  // Text loads overlap when the language changes again before the last one has loaded: only the latest is
  // used, or a slower earlier one would leave the guide in the language before.
  private textLoads = 0;

  @query('#stage-heading') private accessor heading!: HTMLHeadingElement | null;

  @state() private accessor snapshotContext: ConversationContext | undefined;
  @state() private accessor inSafety = false;
  @state() private accessor i18n: i18n | undefined;
  @state() private accessor announcement = '';
  @state() private accessor configErrors: readonly ParseIssue[] = [];
  @state() private accessor configWarnings: readonly ParseIssue[] = [];
  @state() private accessor recordErrors: readonly ParseIssue[] = [];

  /** The manager's interface language (BCP 47). When absent, the nearest `[lang]` ancestor's, else en-GB. */
  @property({ reflect: true }) override accessor lang = '';

  /** The staff member's language, when prompts should also be shown in it. */
  @property({ attribute: 'staff-lang' }) accessor staffLang = '';

  /** Which nation's crisis and staff-support directory to use; overrides the trust settings. */
  @property() accessor nation: Nation | '' = '';

  /** URL of the trust's JSON settings, fetched from the host's own origin. */
  @property({ attribute: 'config-src' }) accessor configSrc = '';

  /** Where the `locales/` folder is, when not beside the script (e.g. `/assets/wcg/locales/`). */
  @property({ attribute: 'locales-base' }) accessor localesBase = '';

  /** The trust's settings as an object (instead of `config-src`); checked before use. */
  @property({ attribute: false }) accessor config: unknown = undefined;

  /** The screen is turned to the staff member: manager-only guidance and private notes are hidden, text is larger. */
  @property({ type: Boolean, reflect: true, attribute: 'share-screen' }) accessor shareScreen = false;

  /** The form field name the agreed record is submitted under. */
  @property({ reflect: true }) accessor name = '';

  /** When set, a host form cannot be submitted until the conversation is completed or declined. */
  @property({ type: Boolean, reflect: true }) accessor required = false;

  /** Where drafts are kept: `none` (default), `session` (this device, encrypted, expiring) or `host` (`wcg-draft` events). */
  @property() accessor persist: PersistMode = 'none';

  /**
   * The host's own id for this conversation (for example the appraisal's id): drafts are kept and restored
   * only with it, and only into this conversation. Required for `persist`; stored only as a keyed hash.
   */
  @property({ attribute: 'draft-id' }) accessor draftId = '';

  /**
   * For `persist="session"`: an AES-GCM `CryptoKey`, or a function returning a promise of one, from the
   * portal's signed-in session. Drafts are then encrypted under it and no key is kept on the device, so
   * nothing on its disk can be decrypted without the portal. Never stored by the guide.
   */
  @property({ attribute: false }) accessor draftKey: DraftKeySource | undefined = undefined;

  /** Hours a `session` draft is kept after the last change: default 8, at most 24. */
  @property({ type: Number, attribute: 'draft-hours' }) accessor draftHours = 8;

  /**
   * When set, the check page asks the staff member whether to share anonymous numbers, and `wcg-evaluation` fires
   * with categorical data (no content) only if they agree; a declined conversation reports its month and outcome only.
   */
  @property({ type: Boolean }) accessor evaluation = false;

  /** The record of the last conversation, so this one opens by reviewing its actions. Checked before use. */
  @property({ attribute: false }) accessor previousRecord: unknown = undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.actor) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.drafts.stop();
    this.actor?.stop();
    this.actor = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('required') || (changed as Map<PropertyKey, unknown>).has('i18n')) this.updateValidity();
    if (!this.isConnected || !this.i18n) return;
    if (changed.has('config') || changed.has('configSrc') || changed.has('previousRecord') || changed.has('persist') ||
      changed.has('draftId') || changed.has('draftKey')) void this.load();
    else if (changed.has('lang') || changed.has('staffLang') || changed.has('localesBase')) void this.loadText();
    else if (changed.has('nation') || changed.has('shareScreen') || changed.has('evaluation')) this.shareContent();
  }

  /**
   * The conversation as it stands, for the element's own draft keeping. Not part of the public API: hosts get
   * drafts through `wcg-draft` events and give them back with `restoreDraft`.
   * @internal
   */
  currentContext(): ConversationContext | undefined {
    return this.actor?.getSnapshot().context;
  }

  /**
   * Carries on from a checked, restored context, for the element's own draft keeping. Not part of the public API.
   * @internal
   */
  restoreContext(context: ConversationContext): void {
    this.startActor({ ...context, today: localDate() });
  }

  private async load(): Promise<void> {
    // Frameworks set properties just after the element joins the page, while this load is under way:
    // remember what it read, and load again at the end if any of it has changed since.
    const inputs = [this.config, this.configSrc, this.previousRecord, this.persist, this.draftId, this.draftKey];
    const settings = await loadSettings(this.config, this.configSrc);
    this.trustConfig = settings.config;
    this.configErrors = settings.errors;
    this.configWarnings = settings.warnings;
    if (settings.errors.length) emit(this, 'wcg-error', { errors: settings.errors.map(({ path, message }) => ({ path, message })) });
    this.readPreviousRecord();
    await this.loadText();
    // Settings that change once the conversation is under way (a framework passing a new object on every
    // render, the settings editor's preview) must not throw away what was said: the conversation carries on.
    const ongoing = this.readied && this.snapshotContext?.outcome === null ? this.snapshotContext : undefined;
    if (ongoing) this.startActor(carryOver(ongoing, { topics: this.trustConfig.topicOrder, previousActions: this.previousActions }), true);
    else this.startActor();
    await this.drafts.start({ mode: this.persist, draftId: this.draftId, draftKey: this.draftKey, expiryHours: this.draftHours }, { restore: !ongoing });
    const now = [this.config, this.configSrc, this.previousRecord, this.persist, this.draftId, this.draftKey];
    if (now.some((value, i) => value !== inputs[i])) return this.load();
    if (!this.readied) {
      this.readied = true;
      await this.updateComplete;
      emit(this, 'wcg-ready', {});
    }
  }

  private readPreviousRecord(): void {
    this.previousActions = [];
    this.recordErrors = [];
    if (this.previousRecord === undefined || this.previousRecord === null) return;
    const result = parseRecord(this.previousRecord);
    if (result.ok) {
      this.previousActions = previousActionsFrom(result.value);
      return;
    }
    this.recordErrors = result.errors;
    emit(this, 'wcg-error', { errors: result.errors.map(({ path, message }) => ({ path: `previousRecord.${path}`, message })) });
  }

  private async loadText(): Promise<void> {
    const load = ++this.textLoads;
    const lang = elementLanguage(this, this.lang);
    const refused = new Set<Exclude<FetchRefusal, 'failed'>>();
    const instance = await createI18n(lang, {
      ...(this.localesBase ? { localesBase: this.localesBase } : {}),
      ...(this.staffLang ? { alsoLoad: [this.staffLang] } : {}),
      onRefused: (reason) => refused.add(reason),
    });
    if (load !== this.textLoads) return;
    if (refused.size) emit(this, 'wcg-error', { errors: [...refused].map((reason) => ({ path: 'locales-base', message: refusalMessage(reason, 'text files') })) });
    applyTrustText(instance, this.trustConfig);
    this.i18n = instance;
    this.i18nProvider.setValue(instance);
    this.shareContent();
  }

  private shareContent(): void {
    if (!this.i18n) return;
    const nation = nations.includes(this.nation as Nation) ? (this.nation as Nation) : this.trustConfig.nation;
    const config = { ...this.trustConfig, nation };
    const staffLanguage = distinctStaffLanguage(this.staffLang, this.i18n.language);
    const content: ConversationContent = {
      ...resolveContent(config),
      config,
      language: this.i18n.language,
      ...(staffLanguage ? { staffLanguage } : {}),
      shareScreen: this.shareScreen,
      evaluation: this.evaluation,
    };
    this.contentProvider.setValue(content);
  }

  private startActor(restored?: ConversationContext, carriedOn = false): void {
    this.actor?.stop();
    // Today is the wall-clock date here, worked out once and given to the machine.
    const input = { topics: this.trustConfig.topicOrder, previousActions: this.previousActions, today: localDate() };
    const actor = restored
      ? createActor(conversationMachine, { snapshot: restoredSnapshot(restored), input })
      : createActor(conversationMachine, { input });
    if (!carriedOn) this.startedAt = Date.now();
    this.snapshotContext = undefined;
    actor.subscribe((snapshot) => {
      const before = this.snapshotContext;
      const wasInSafety = this.inSafety;
      this.snapshotContext = snapshot.context;
      this.inSafety = snapshot.matches('safety');
      if (before && before !== snapshot.context) this.drafts.changed();
      // A new topic within explore is not a stage change, but the person needs to hear it just the same.
      if (snapshot.context.stage === 'explore' && before?.stage === 'explore' && before.topicIndex !== snapshot.context.topicIndex) {
        void this.announceStage();
      } else if (wasInSafety !== this.inSafety) {
        void this.focusHeading();
      }
    });
    actor.on('stageChange', ({ stage, previous }) => {
      emit(this, 'wcg-stage-change', { stage, previous });
      void this.announceStage();
    });
    actor.on('change', ({ field, stage }) => emit(this, 'wcg-change', { field, stage }));
    actor.on('safetyOpened', ({ path }) => emit(this, 'wcg-safety', { path, at: new Date().toISOString() }));
    actor.on('complete', () => this.complete());
    actor.start();
    this.actor = actor;
    this.actorProvider.setValue(actor);
    // A record is made only by completing the live conversation, never by starting from a restored one.
    this.formValue.setRecord(null);
    this.updateValidity();
  }

  private complete(): void {
    const record = this.buildRecord();
    this.formValue.setRecord(record);
    this.updateValidity();
    void this.drafts.wipe();
    emit(this, 'wcg-complete', { record });
    const evaluation = this.evaluation && evaluationToSend(this.actor!.getSnapshot().context, {
      ...recordMeta(this.contentProvider.value!),
      builtInTopicIds,
      startedAt: this.startedAt,
      endedAt: Date.now(),
    });
    if (evaluation) emit(this, 'wcg-evaluation', evaluation);
  }

  private buildRecord(): AgreedRecord {
    return buildRecord(this.actor!.getSnapshot().context, recordMeta(this.contentProvider.value!));
  }

  private updateValidity(): void {
    // The message comes from the locale, so validity is first set once the text has loaded.
    if (this.i18n) {
      const t = this.i18n.t;
      this.formValue.updateValidity(this.required, { required: t('validation.required'), submitted: t('validation.submitted') }, this.heading);
    }
  }

  private async announceStage(): Promise<void> {
    await this.focusHeading();
    this.announcement = this.heading?.textContent?.trim() ?? '';
  }

  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.heading?.focus();
  }

  private readonly send = (type: NavEvent) => () =>
    this.actor?.send({ type });

  private readonly onStartAgain = (): void => this.reset();

  private readonly onDiscard = (): void => {
    this.startAfresh();
    void this.drafts.wipe({ tellOtherTabs: true });
  };

  /** The host form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.formValue.form;
  }

  /** The agreed record as JSON once the conversation has ended; empty before. */
  get value(): string {
    return this.formValue.json;
  }

  /** Validity as for a native control (`required`). */
  get validity(): ValidityState | undefined {
    return this.formValue.validity;
  }

  /** The message shown when the element is invalid. */
  get validationMessage(): string {
    return this.formValue.validationMessage;
  }

  /** As `input.checkValidity()`. */
  checkValidity(): boolean {
    return this.formValue.checkValidity();
  }

  /** As `input.reportValidity()`. */
  reportValidity(): boolean {
    return this.formValue.reportValidity();
  }

  /** Form reset: starts again with nothing typed and an empty value, as a native control would. */
  formResetCallback(): void {
    this.reset();
  }

  /**
   * The browser restores the form's state (Back after sending it): only a marker that a conversation was completed
   * and sent, never its text. The guide then says so, and the form cannot be sent again empty until a new conversation is held (or reset).
   */
  formStateRestoreCallback(state: unknown): void {
    this.formValue.restore(state);
    this.updateValidity();
    this.requestUpdate();
  }

  /** Restores a draft given by the host (persist="host"); an unusable one is reported and its text offered. */
  restoreDraft(draft: unknown): boolean {
    return this.drafts.restore(draft);
  }

  /** Starts the conversation again from the first stage, discarding everything typed and any kept draft. */
  reset(): void {
    this.startAfresh();
    void this.drafts.wipe();
  }

  /**
   * Starts the conversation again with nothing typed and an empty form value, for the element's own draft
   * keeping (another tab deleted this conversation). Not part of the public API: use `reset()`.
   * @internal
   */
  startAfresh(): void {
    this.actor?.send({ type: 'reset' });
    this.formValue.forgetSubmitted();
    this.formValue.setRecord(null);
    this.updateValidity();
  }

  /** Opens the browser's print dialogue; the print styles show the staff copy only. */
  print(): void {
    window.print();
  }

  override render() {
    const t = this.i18n?.t;
    const c = this.snapshotContext;
    if (!t || !c) return html`<p class="loading">${t ? t('loading') : nothing}</p>`;
    return html`
      <div class="frame" part="frame" lang=${this.i18n!.language} dir=${directionOf(this.i18n!, this.i18n!.language)}>
        ${problemsPanel(t, 'config', this.configErrors, this.configWarnings)}
        ${problemsPanel(t, 'previousRecord', this.recordErrors)}
        ${recoveredPanel(t, this.drafts, this.shareScreen)}
        ${submittedNotice(t, this.formValue.submittedBefore)}
        <div class="header" part="header">${progressLine(t, c, this.inSafety)}
          <button class="safety-button" part="safety-button" aria-pressed=${this.inSafety ? 'true' : 'false'}
            @click=${this.inSafety ? this.send('safety.close') : this.send('safety.open')}>${t('safety:open')}</button>
        </div>
        ${draftNotice(t, this.drafts, this.i18n!.language, this.onDiscard)}
        <h2 id="stage-heading" part="heading" tabindex="-1">${stageHeading(t, c, this.inSafety, this.contentProvider.value?.topics ?? [])}</h2>
        ${this.inSafety ? html`<wcg-safety-panel part="body"></wcg-safety-panel>` : stageBodies[c.stage]()}
        <div class="nav" part="nav">${navButtons(t, c, this.inSafety, this.send, this.onStartAgain)}</div>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }
}
