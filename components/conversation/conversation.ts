import type { TFunction } from 'i18next';
import { html, nothing, type HTMLTemplateResult, type PropertyValues, type TemplateResult } from 'lit';
import { cache } from 'lit/directives/cache.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml } from 'lit/static-html.js';
import { recordMeta } from '../../src/context/content-context.js';
import type { TrustConfigFile } from '../../src/content/trust-config.js';
import { builtInTopicIds, type Nation } from '../../src/content/types.js';
import { emit } from '../../src/events/events.js';
import { directionOf, isReviewed, laterText } from '../../src/i18n/i18n.js';
import { sourceResources } from '../../src/i18n/resources.js';
import { carryOver } from '../../src/machine/carry-over.js';
import type { ConversationContext } from '../../src/model/conversation.js';
import { stageIds, type StageId } from '../../src/model/stages.js';
import { buildRecord } from '../../src/record/build-record.js';
import { baseStyles } from '../shared/base.styles.js';
import { prepareDates } from '../shared/dates.js';
import { headingLevelOf, headingTag } from '../shared/heading.js';
import { langAttribute } from '../shared/lang-attribute.js';
import { alone, languageT, marked } from '../shared/marked-text.js';
import { conversationStyles } from './conversation.styles.js';
import { Confirmation } from './confirm.js';
import { draftNotice, hasProgress, navButtons, problemsPanel, progressLine, recoveredPanel, stageBodies, stageHeading, type NavEvent } from './conversation.templates.js';
import { DraftKeeper } from './draft-keeper.js';
import type { DraftKeySource, PersistMode } from './drafts.js';
import { FormControlElement, FormValue, submittedState } from './form-value.js';
import { LiveConversation } from './live.js';
import { ConversationSetup } from './setup.js';
import { SentFormWatch } from './sent-form.js';
import { SubmitError, submitErrorMessage } from './submit-error.js';
import { StageFiles } from './stage-files.js';
import { submittedNotice } from './submitted-notice.js';

/**
 * The live guided wellbeing conversation: one stage at a time, from preparation to an agreed record.
 * Owns the conversation actor and shares it, the text and the content with its children.
 *
 * @event wcg-ready - Text and config are loaded and the first stage is showing. `detail: {}`.
 * @event wcg-stage-change - The user moved to another stage. `detail: { stage, previous }`.
 * @event wcg-change - The user changed something. `detail: { field, stage }`: the kind of field (`notes`, `actions`, `consent`…) and the stage, never a topic or what was typed.
 * @event wcg-safety - The safety steps were opened. `detail: { path, at }`: no content.
 * @event wcg-complete - The conversation ended, agreed or declined. `detail: { record }`.
 * @event wcg-error - The trust config, previous record or a draft had problems. `detail: { errors: {path, message}[] }`.
 * @event wcg-draft - persist="host": a versioned draft for the host to keep. `detail: { draft }`.
 * @event wcg-evaluation - With `evaluation`, when the staff member agreed on the check page to share anonymous numbers: categorical data, no content. A declined conversation sends its month and outcome only. `detail`: the payload.
 *
 * @csspart frame - The whole widget.
 * @csspart submit-error - At the top, after the host form was sent before the conversation had an outcome: what to do first. It takes focus when the browser stops the form.
 * @csspart header - Progress line and safety button.
 * @csspart progress - "Step 4 of 9".
 * @csspart safety-button - The button that opens the safety steps, on every stage.
 * @csspart heading - The stage heading.
 * @csspart body - The stage's own content.
 * @csspart nav - Continue, Back and the other stage buttons.
 * @csspart warning - Asked before a step that cannot be undone (declining, starting again): what will happen and what will be lost, with a button to go ahead and one to go back. Shown in place of the buttons that asked, and takes focus.
 * @csspart config-errors - Problems with the trust config.
 * @csspart record-errors - Problems with the previous record.
 * @csspart unreviewed - The interface's language has not yet been checked by a native speaker (Welsh, for now).
 * @csspart draft-notice - Where the draft is kept, or why it is not, with buttons to stop keeping it and to start again.
 * @csspart recovered - Text recovered from a draft that could not be restored.
 * @csspart submitted-notice - After Back from a sent form: this conversation was completed and sent (no content).
 *
 * @cssproperty --wcg-* - Every design token (components/shared/tokens.styles.ts), listed with its default in docs/api.md.
 */
export class WcgConversation extends FormControlElement {
  static override styles = [baseStyles, conversationStyles];

  // Until the element's own text has loaded, the en-GB messages, which are bundled: validity cannot wait for a fetch.
  protected readonly formValue = new FormValue(this, () => {
    const t = this.setup.i18n?.t;
    const { required, submitted } = sourceResources.common.validation;
    return t ? { required: t('validation.required'), submitted: t('validation.submitted') } : { required, submitted };
  });
  // Shown once the browser stops a host form (or the host checks validity) before the conversation has an outcome.
  private readonly stageFiles = new StageFiles(this, () => (this.setup.i18n ? laterText(this.setup.i18n) : undefined));
  private readonly submitError = new SubmitError(this, () => this.formValue.problem);
  private readonly drafts = new DraftKeeper(this, {
    current: () => this.live.context,
    restore: (context) => this.startConversation(context),
    startAfresh: () => this.startAfresh(),
  });
  private readonly setup = new ConversationSetup(this, (kind) => this.settled(kind));
  private readonly live = new LiveConversation(this, {
    changed: () => this.drafts.changed(),
    ended: (context, startedAt) => this.ended(context, startedAt),
  });
  private readonly confirmation = new Confirmation(this, () => this.live.screen(), {
    decline: () => this.live.send({ type: 'open.decline' }),
    // Starting again by the user's choice: other tabs with this conversation open throw it away too, so none can bring it back.
    startAgain: () => {
      this.startAfresh();
      void this.drafts.wipe({ tellOtherTabs: true });
    },
  });
  // Back to this page kept whole in the back-forward cache, after the host form sent the record it still holds.
  private readonly sentForm = new SentFormWatch(this, {
    form: () => this.form,
    value: () => this.value,
    shownAgain: () => this.sentAndShownAgain(),
  });
  private readied = false;

  static override properties = {
    lang: { reflect: true, useDefault: true, converter: langAttribute },
    staffLang: { attribute: 'staff-lang' },
    nation: {},
    configSrc: { attribute: 'config-src' },
    localesBase: { attribute: 'locales-base' },
    config: { attribute: false },
    shareScreen: { type: Boolean, reflect: true, attribute: 'share-screen' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    persist: {},
    draftId: { attribute: 'draft-id' },
    draftKey: { attribute: false },
    draftHours: { type: Number, attribute: 'draft-hours' },
    evaluation: { type: Boolean },
    previousRecord: { attribute: false },
  };

  /** The manager's interface language (BCP 47). When absent, the nearest `[lang]` ancestor's, else en-GB. */
  override lang = '';

  /** The staff member's language, when prompts should also be shown in it. */
  staffLang = '';

  /** Which nation's crisis and staff-support directory to use; overrides the trust config. */
  nation: Nation | '' = '';

  /** URL of the trust's JSON config, fetched from the host's own origin. */
  configSrc = '';

  /** A folder of locale JSON files on this site to use instead of the guide's own (e.g. `/assets/wcg/locales/`). */
  localesBase = '';

  /** The trust's config as an object (instead of `config-src`); checked before use. */
  config: TrustConfigFile | undefined = undefined;

  /** The screen is turned to the staff member: manager-only guidance and private notes are hidden, text is larger. */
  shareScreen = false;

  /**
   * The level of the guide's top headings, from 1 to 5 (default 2): each stage's heading is at this level and its
   * sections below it, so a host page whose own heading is an h2 can set 3.
   */
  headingLevel = 2;

  /** The form field name the agreed record is submitted under. */
  name = '';

  /** When set, a host form cannot be submitted until the conversation is completed or declined. */
  required = false;

  /** Where drafts are kept: `none` (default), `session` (this device, encrypted, expiring) or `host` (`wcg-draft` events). */
  persist: PersistMode = 'none';

  /**
   * The host's own id for this conversation (for example the appraisal's id): drafts are kept and restored
   * only with it, and only into this conversation. Required for `persist`; stored only as a keyed hash.
   */
  draftId = '';

  /**
   * For `persist="session"`: an AES-GCM `CryptoKey`, or a function returning a promise of one, from the
   * portal's signed-in session. Drafts are then encrypted under it and no key is kept on the device, so
   * nothing on its disk can be decrypted without the portal. Never stored by the guide.
   */
  draftKey: DraftKeySource | undefined = undefined;

  /** Hours a `session` draft is kept after the last change: default 8, at most 24. */
  draftHours = 8;

  /**
   * When set, the check page asks the staff member whether to share anonymous numbers, and `wcg-evaluation` fires
   * with categorical data (no content) only if they agree; a declined conversation reports its month and outcome only.
   */
  evaluation = false;

  /** The record of the last conversation, so this one opens by reviewing its actions. Checked before use. */
  previousRecord: unknown = undefined;

  /**
   * The conversation as it stands, for tests and tools in this repository. Not part of the public API: hosts
   * get drafts through `wcg-draft` events and the record through `wcg-complete`.
   * @internal
   */
  currentContext(): ConversationContext | undefined {
    return this.live.context;
  }

  /**
   * Resolves once every stage's element and text have been fetched (or failed to be), for tests and tools in this
   * repository that move through stages faster than a person would. Not part of the public API.
   * @internal
   */
  async stagesFetched(): Promise<void> {
    await Promise.all(stageIds.map((stage) => this.stageFiles.ensure(stage, { quiet: true })));
  }

  // Config and text are loaded (`all`), or the text alone changed: start or carry on the conversation, keep
  // drafts, and say once that the guide is ready.
  private async settled(kind: 'all' | 'text'): Promise<void> {
    if (kind === 'text') return;
    // Config that changes once the conversation is under way (a framework passing a new object on every
    // render, the config editor's preview) must not throw away what was said: the conversation carries on.
    const ongoing = this.readied && this.live.context?.outcome === null ? this.live.context : undefined;
    const { topicOrder } = this.setup.trustConfig;
    const { previousActions } = this.setup;
    const evaluationFetched = this.evaluation ? this.fetchEvaluation() : undefined;
    this.startConversation(ongoing && carryOver(ongoing, { topics: topicOrder, previousActions }), { carriedOn: Boolean(ongoing) });
    await this.drafts.start({ mode: this.persist, draftId: this.draftId, draftKey: this.draftKey, expiryHours: this.draftHours }, { restore: !ongoing });
    if (this.readied) return;
    // The stage to show first may be in a file of its own (a restored draft can open at any stage).
    const first = this.live.context?.stage;
    if (first) await this.stageFiles.ensure(first);
    await evaluationFetched;
    if (this.readied) return;
    this.readied = true;
    await this.updateComplete;
    emit(this, 'wcg-ready', {});
    // The first date formatted on a page is slow: made now, it does not slow the way into the plan or the check.
    this.stageFiles.prefetch(stageIds, () => prepareDates([this.setup.i18n?.language ?? '', this.staffLang]));
  }

  /**
   * The evaluation payload's own file (src/record/evaluation.ts), fetched only with `evaluation`: while the guide
   * gets ready, or as soon as `evaluation` is set later. If it cannot be fetched, no evaluation is sent.
   */
  private evaluationFile: typeof import('../../src/elements/evaluation.js') | undefined;

  private async fetchEvaluation(): Promise<void> {
    this.evaluationFile ??= await import('../../src/elements/evaluation.js').catch(() => undefined);
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('evaluation') && this.evaluation && this.readied) void this.fetchEvaluation();
  }

  /** The stage's body, or a line while its file is fetched, or a way to try again when it could not be. */
  private stageBody(t: TFunction, stage: StageId): TemplateResult {
    const status = this.stageFiles.status(stage);
    if (status === 'ready') return stageBodies[stage]();
    if (status === 'loading') return html`<p class="loading" part="stage-file" role="status">${marked(t, 'stageFile.loading')}</p>`;
    return html`<div class="notice" part="stage-file" role="alert">
      <p>${marked(t, 'stageFile.failed')}</p>
      <button class="secondary" @click=${() => this.stageFiles.retry(stage)}>${marked(alone(t), 'stageFile.retry')}</button>
    </div>`;
  }

  private startConversation(restored?: ConversationContext, options: { carriedOn?: boolean } = {}): void {
    this.live.start({ topics: this.setup.trustConfig.topicOrder, previousActions: this.setup.previousActions }, restored, options);
    // A record is made only by completing the live conversation, never by starting from a restored one.
    this.formValue.setRecord(null);
  }

  private ended(context: ConversationContext, startedAt: number): void {
    const meta = recordMeta(this.setup.content!);
    const record = buildRecord(context, meta);
    this.formValue.setRecord(record);
    void this.drafts.wipe();
    emit(this, 'wcg-complete', { record });
    if (!this.evaluation) return;
    const endedAt = Date.now();
    const send = (file: typeof import('../../src/elements/evaluation.js')) => {
      const evaluation = file.evaluationToSend(context, { ...meta, builtInTopicIds, startedAt, endedAt });
      if (evaluation) emit(this, 'wcg-evaluation', evaluation);
    };
    // Fetched before the guide was ready; only a conversation ended in its first moments waits for it here.
    if (this.evaluationFile) send(this.evaluationFile);
    else void this.fetchEvaluation().then(() => this.evaluationFile && send(this.evaluationFile));
  }

  private readonly send = (type: NavEvent) => () => this.live.send({ type });

  private readonly draftActions = {
    startAgain: this.confirmation.asker('startAgain', 'draft'),
    stopKeeping: () => void this.drafts.stopKeeping(),
    keepAgain: () => this.drafts.keepAgain(),
  };

  // As a new page given the form's restore state would be: the first stage, nothing said kept, the notice that
  // the conversation was sent, and an empty, invalid value until a new conversation is held or the form reset.
  private sentAndShownAgain(): void {
    this.live.send({ type: 'reset' });
    this.formValue.restore(submittedState);
  }

  /** Form reset: starts again with nothing typed and an empty value, as a native control would. */
  formResetCallback(): void {
    this.reset();
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

  // Starts again with nothing typed and an empty form value, keeping any draft (reset, or another tab deleted it).
  private startAfresh(): void {
    this.live.send({ type: 'reset' });
    this.formValue.forgetSubmitted();
    this.formValue.setRecord(null);
  }

  /**
   * Opens the browser's print dialogue. At the end the print styles show the staff copy only; before it, the stage
   * with its heading and every word typed in it, private notes left out.
   */
  print(): void {
    window.print();
  }

  override render(): HTMLTemplateResult {
    const { i18n, configErrors, configWarnings, recordErrors, content } = this.setup;
    const { context: c, inSafety } = this.live;
    // The host disabled the element (a disabled fieldset): its controls follow, but the safety steps stay open.
    const { disabled } = this.formValue;
    const t = i18n && languageT(i18n, this.shareScreen ? this.staffLang : undefined);
    if (!t || !c) return html`<p class="loading">${t ? marked(t, 'loading') : nothing}</p>`;
    const level = headingLevelOf(this.headingLevel);
    const h = headingTag(level);
    return html`
      <div class="frame" part="frame" lang=${i18n.language} dir=${directionOf(i18n, i18n.language)}>
        ${submitErrorMessage(t, this.submitError.current)}
        ${problemsPanel(t, 'config', configErrors, configWarnings, level)}
        ${problemsPanel(t, 'previousRecord', recordErrors, [], level)}
        ${recoveredPanel(t, this.drafts.view, this.shareScreen, disabled, level)}
        ${submittedNotice(t, this.formValue.submittedBefore)}
        <div class="header" part="header">${progressLine(t, c, inSafety)}
          <button class="safety-button" part="safety-button" aria-pressed=${inSafety ? 'true' : 'false'}
            @click=${inSafety ? this.send('safety.close') : this.send('safety.open')}>${marked(alone(t), 'safety:open')}</button>
        </div>
        ${isReviewed(i18n, i18n.language) ? nothing : html`<p class="unreviewed" part="unreviewed">${marked(t, 'explore:card.unreviewed')}</p>`}
        ${this.confirmation.panel(t, 'draft', disabled, level) ?? draftNotice(t, this.drafts.view, i18n.language, this.draftActions, { disabled, ended: c.stage === 'complete' })}
        ${staticHtml`<${h} id="stage-heading" part="heading" tabindex="-1" aria-describedby=${ifDefined(hasProgress(c, inSafety) ? 'progress' : undefined)}
          class="h-top ${c.stage === 'complete' && !inSafety ? 'no-print' : ''}">${stageHeading(t, c, inSafety, content?.topics ?? [])}</${h}>`}
        ${cache(inSafety ? html`<wcg-safety-panel part="body"></wcg-safety-panel>` : this.stageBody(t, c.stage))}
        ${this.confirmation.panel(t, 'nav', disabled, level) ??
          html`<div class="nav" part="nav">${navButtons(t, c, inSafety, this.send, (kind) => this.confirmation.asker(kind, 'nav'), disabled || (!inSafety && this.stageFiles.status(c.stage) !== 'ready'))}</div>`}
      </div>
    `;
  }
}
