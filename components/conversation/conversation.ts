import { ContextProvider } from '@lit/context';
import type { i18n } from 'i18next';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { createActor, type Subscription } from 'xstate';
import { conversationContext, i18nContext, type ConversationActor } from '../../src/context/conversation-context.js';
import { emit } from '../../src/events/events.js';
import { createI18n, sourceLanguage } from '../../src/i18n/i18n.js';
import { conversationMachine } from '../../src/machine/conversation.machine.js';
import { stageIds, type StageId } from '../../src/machine/stages.js';
import { conversationStyles } from './conversation.styles.js';

/**
 * The live guided wellbeing conversation: one stage at a time, from preparation to an agreed record.
 *
 * @event wcg-ready - The element has loaded its text and shows the first stage.
 * @event wcg-stage-change - The user moved to another stage. `detail: { stage, previous }`.
 * @event wcg-complete - The conversation ended, agreed or declined. `detail: { record }`.
 */
export class WcgConversation extends LitElement {
  static override styles = conversationStyles;

  private actor?: ConversationActor;
  private subscription?: Subscription;
  private readonly actorProvider = new ContextProvider(this, { context: conversationContext });
  private readonly i18nProvider = new ContextProvider(this, { context: i18nContext });

  @query('h2') private accessor heading!: HTMLHeadingElement | null;

  @state() private accessor stage: StageId = 'prepare';
  @state() private accessor i18n: i18n | undefined;

  /** The manager's interface language (BCP 47). When absent, the nearest `[lang]` ancestor's, else en-GB. */
  @property({ reflect: true }) override accessor lang = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.startActor();
    void this.loadText();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopActor();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('lang') && changed.get('lang') !== undefined) void this.loadText();
  }

  private startActor(): void {
    const actor = createActor(conversationMachine, { input: {} });
    this.subscription = actor.subscribe((snapshot) => {
      this.stage = snapshot.context.stage;
    });
    actor.on('stageChange', ({ stage, previous }) => {
      emit(this, 'wcg-stage-change', { stage, previous });
      void this.focusHeading();
    });
    actor.on('complete', ({ outcome }) => emit(this, 'wcg-complete', { record: { outcome } }));
    actor.start();
    this.actor = actor;
    this.actorProvider.setValue(actor);
  }

  private stopActor(): void {
    this.subscription?.unsubscribe();
    this.actor?.stop();
    this.actor = undefined;
    this.stage = 'prepare';
  }

  private async loadText(): Promise<void> {
    const lang = this.lang || this.closest('[lang]')?.getAttribute('lang') || sourceLanguage;
    const instance = await createI18n(lang);
    const first = this.i18n === undefined;
    this.i18n = instance;
    this.i18nProvider.setValue(instance);
    if (first) {
      await this.updateComplete;
      emit(this, 'wcg-ready', {});
    }
  }

  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.heading?.focus();
  }

  private readonly onNext = (): void => this.actor?.send({ type: 'stage.next' });
  private readonly onBack = (): void => this.actor?.send({ type: 'stage.back' });
  private readonly onDecline = (): void => this.actor?.send({ type: 'open.decline' });
  private readonly onReset = (): void => this.actor?.send({ type: 'reset' });

  /** Starts the conversation again from the first stage. */
  reset(): void {
    this.onReset();
  }

  override render() {
    const t = this.i18n?.t;
    if (!t) return nothing;
    const visible: readonly StageId[] = stageIds.filter((s) => s !== 'review' && s !== 'complete');
    const index = visible.indexOf(this.stage);
    const declined = this.stage === 'complete' && this.actor?.getSnapshot().context.outcome === 'declined';
    return html`
      <section part="stage" aria-labelledby="stage-heading">
        ${index >= 0
          ? html`<p class="progress" part="progress">${t('progress', { current: index + 1, total: visible.length })}</p>`
          : nothing}
        <h2 id="stage-heading" tabindex="-1">${t(`stages:${this.stage}.heading`)}</h2>
        <p>${t(declined ? 'stages:complete.declined' : `stages:${this.stage}.lead`)}</p>
        <div class="actions">${this.renderButtons(t)}</div>
      </section>
    `;
  }

  private renderButtons(t: i18n['t']) {
    if (this.stage === 'complete') {
      return html`<button class="secondary" @click=${this.onReset}>${t('nav.startAgain')}</button>`;
    }
    return html`
      <button class="primary" @click=${this.onNext}>${t(this.stage === 'agree' ? 'nav.finish' : 'nav.next')}</button>
      ${this.stage === 'prepare' ? nothing : html`<button class="secondary" @click=${this.onBack}>${t('nav.back')}</button>`}
      ${this.stage === 'open' ? html`<button class="secondary" @click=${this.onDecline}>${t('stages:open.decline')}</button>` : nothing}
    `;
  }
}
