import type { i18n } from 'i18next';
import { LitElement, html, nothing, type PropertyValues, type HTMLTemplateResult } from 'lit';
import { createActor, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import { emit } from '../../src/events/events.js';
import { nations, type Nation } from '../../src/content/types.js';
import { createI18n } from '../../src/i18n/i18n.js';
import { elementLanguage } from '../shared/element-language.js';
import { langAttribute } from '../shared/lang-attribute.js';
import { practiceMachine } from '../../src/machine/practice.machine.js';
import type { PracticeEvent } from '../../src/machine/practice.types.js';
import type { WcgErrorSummary } from '../error-summary/error-summary.js';
import { safetyPanelStyles } from '../safety-panel/safety-panel.styles.js';
import { baseStyles } from '../shared/base.styles.js';
import { ScenarioFileController } from './practice-file-controller.js';
import { ScreenFocusController } from '../shared/screen-focus.js';
import { practiceDebriefStyles } from './practice-debrief.styles.js';
import { practiceStyles } from './practice.styles.js';
import { headingFor, listScenarios, renderNav, renderScreen, screenErrors, screenOf } from './practice-frame.js';
import { say, type PracticeView } from './practice-view.js';

type PracticeActor = ActorRefFrom<typeof practiceMachine>;

/**
 * Practice mode for trainers: pick one of fourteen made-up scenarios (or load your own file), meet the persona, then
 * play the manager against simulated replies or score a role-play on the rubric, and end with a printable debrief.
 * A "Practice — fictional" banner is always shown. Nothing is stored, and events carry nothing personal.
 *
 * @event wcg-practice-complete - The debrief was reached. `detail: { scenarioId, mode, scores }`: scores 0–4 per rubric area.
 * @event wcg-error - A scenario file had problems. `detail: { errors: {path, message}[] }`.
 *
 * @csspart banner - The "Practice — fictional" banner.
 * @csspart heading - The screen's heading.
 * @csspart picker - The list of scenarios.
 * @csspart own-scenario - Loading a scenario file.
 * @csspart file-errors - Problems with a scenario file.
 * @csspart file-warnings - Things in a scenario file that were not used.
 * @csspart persona - The persona card.
 * @csspart risk-note - The note on a scenario with a risk.
 * @csspart coaching-toggle - The switch for coaching after each answer.
 * @csspart moment - What is happening at a step.
 * @csspart options - What the trainee could say.
 * @csspart reply - The staff member's reply.
 * @csspart coaching - The coaching on an answer.
 * @csspart safety-steps - The safety steps, shown when the trainee takes them.
 * @csspart verified - When the crisis numbers under the safety steps were checked.
 * @csspart warning - The warning shown when a crisis number may be out of date or could not be confirmed.
 * @csspart lines - The crisis lines of one kind under the safety steps, under their heading.
 * @csspart role-player-brief - The brief for the person playing the staff member.
 * @csspart rubric - The observer's scores.
 * @csspart debrief - The debrief.
 * @csspart overall - The debrief's overall result.
 * @csspart safety-missed - The safety steps a risk scenario missed.
 * @csspart scores - The table of scores.
 * @csspart reasons - Why each area got its score: the answers that raised it, lowered it or missed a chance to raise it.
 * @csspart answers - The trainee's answers, with better ones.
 * @csspart guidance - Links to public guidance.
 * @csspart nav - The screen's buttons.
 *
 * @cssproperty --wcg-color-text - Body text. Default #212b32.
 * @cssproperty --wcg-color-background - Background. Default #ffffff.
 * @cssproperty --wcg-color-surface - The banner, persona card and brief. Default #f0f4f5.
 * @cssproperty --wcg-color-primary - Links and accents. Default #005eb8.
 * @cssproperty --wcg-color-button - Main buttons. Default #007f3b.
 * @cssproperty --wcg-color-focus - Focus highlight. Default #ffeb3b.
 * @cssproperty --wcg-color-warning - The banner's mark, and coaching on a mistake. Default #ffb81c.
 * @cssproperty --wcg-color-safety - Risk notes and safety steps. Default #8a1538.
 * @cssproperty --wcg-font-family - Font. Default Arial, 'Helvetica Neue', Helvetica, sans-serif.
 * @cssproperty --wcg-space - Spacing unit. Default 1rem.
 */
export class WcgPractice extends LitElement {
  // The crisis lines under the safety steps are the live safety panel's templates, so they take its styles too.
  static override styles = [baseStyles, safetyPanelStyles, practiceStyles, practiceDebriefStyles];

  private actor?: PracticeActor;
  private readonly screenFocus = new ScreenFocusController(this, {
    key: () => {
      const c = this.snapshot?.context;
      return this.snapshot ? `${screenOf(this.snapshot)}:${c?.scenario?.id}:${c?.stepIndex}` : '';
    },
    leaving: () => ([this.pending, this.showError] = [null, false]),
    // Focus on the new screen's heading (or reply) is its announcement: a screen reader says it once.
    target: () => (this.snapshot && screenOf(this.snapshot) === 'answered' ? this.reply : this.heading),
  });
  private readonly file = new ScenarioFileController(this, {
    loaded: (scenario) => {
      this.pending = 'file';
      this.announcement = this.i18n!.t('practice:announce.fileLoaded', { title: say(this.view(), scenario.title) });
    },
    refused: ({ errors }) => {
      emit(this, 'wcg-error', { errors: errors.map(({ path, message }) => ({ path, message })) });
      void this.focusSummary(() => this.fileErrorSummary);
    },
  });

  static override properties = {
    i18n: { state: true, attribute: false },
    snapshot: { state: true, attribute: false },
    pending: { state: true, attribute: false },
    showError: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    lang: { reflect: true, useDefault: true, converter: langAttribute },
    scenarioSrc: { attribute: 'scenario-src' },
    nation: {},
    noCoaching: { type: Boolean, attribute: 'no-coaching' },
  };

  private get heading(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('#practice-heading') ?? null;
  }
  private get reply(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('#reply') ?? null;
  }
  private get errorSummary(): WcgErrorSummary | null {
    return this.renderRoot?.querySelector<WcgErrorSummary>('#error-summary') ?? null;
  }
  private get fileErrorSummary(): WcgErrorSummary | null {
    return this.renderRoot?.querySelector<WcgErrorSummary>('.file-errors') ?? null;
  }

  private i18n: i18n | undefined;
  private snapshot: SnapshotFrom<typeof practiceMachine> | undefined;
  private pending: string | null = null;
  private showError = false;
  private announcement = '';

  /** The interface language (BCP 47). When absent, the nearest `[lang]` ancestor's, else en-GB. */
  override lang = '';

  /** URL of a trainer's scenario file (JSON) on the host page's own site; it is added to the scenarios offered. */
  scenarioSrc = '';

  /** Which nation's crisis lines the safety steps show: `england` (when absent), `wales`, `scotland` or `northern-ireland`. */
  nation: Nation | '' = '';

  /** Start with the coaching after each answer turned off; the trainee can still turn it on. */
  noCoaching = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.actor) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.actor?.stop();
    this.actor = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.i18n || !this.actor) return;
    if (changed.has('lang')) void this.loadText();
    if (changed.has('scenarioSrc')) void this.loadSource();
  }

  private async load(): Promise<void> {
    await this.loadText();
    this.actor = createActor(practiceMachine, { input: { noCoaching: this.noCoaching } });
    this.actor.subscribe((snapshot) => (this.snapshot = snapshot));
    this.actor.on('complete', ({ scenarioId, mode, scores }) => emit(this, 'wcg-practice-complete', { scenarioId, mode, scores }));
    this.actor.start();
    await this.loadSource();
  }

  private async loadText(): Promise<void> {
    const lang = elementLanguage(this, this.lang);
    this.i18n = await createI18n(lang, { namespaces: ['practice'] });
  }

  private async loadSource(): Promise<void> {
    if (this.scenarioSrc && this.i18n) await this.file.fetch(this.scenarioSrc, this.i18n.t);
  }

  private readonly send = (event: PracticeEvent): void => {
    this.showError = false;
    this.actor?.send(event);
  };

  private readonly setPending = (value: string): void => {
    this.pending = value;
    this.showError = false;
  };

  private readonly submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const screen = this.snapshot ? screenOf(this.snapshot) : 'picking';
    const scenario = listScenarios(this.file.scenario).find((s) => s.value === this.pending)?.scenario;
    if (screen === 'picking' && scenario) this.send({ type: 'scenario.pick', scenario });
    else if (screen === 'choosing' && this.pending) this.send({ type: 'option.choose', optionId: this.pending });
    else if (screen === 'observer') this.send({ type: 'observer.finish' });
    if (screen === 'observer' ? this.snapshot?.context.observerError : screen === 'picking' ? !scenario : !this.pending) {
      this.showError = true;
      void this.focusSummary(() => this.errorSummary);
    }
  };

  // The summary renders its list in its own update, after ours; only then can its box take focus.
  private async focusSummary(summary: () => WcgErrorSummary | null): Promise<void> {
    await this.updateComplete;
    await summary()?.updateComplete;
    summary()?.focus();
  }

  private readonly chooseFile = (event: Event): void => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file && this.i18n) void this.file.read(file, this.i18n.t);
  };

  private view(): PracticeView {
    const screen = this.snapshot ? screenOf(this.snapshot) : 'picking';
    const context = this.snapshot!.context;
    const scenarios = listScenarios(this.file.scenario);
    const nation = nations.includes(this.nation as Nation) ? (this.nation as Nation) : 'england';
    return {
      t: this.i18n!.t, language: this.i18n!.language, nation, screen, context, scenarios, pending: this.pending,
      errors: screenErrors(this.i18n!.t, screen, context, scenarios, this.showError), fileErrors: this.file.errors, fileWarnings: this.file.warnings,
      send: this.send, setPending: this.setPending, submit: this.submit, chooseFile: this.chooseFile, print: () => this.print(),
    };
  }

  /** Goes back to the scenario picker, dropping the current practice. */
  restart(): void {
    this.actor?.send({ type: 'restart' });
  }

  /** Opens the browser's print dialogue; the print styles keep the banner and the debrief. */
  print(): void {
    window.print();
  }

  override render(): HTMLTemplateResult {
    const t = this.i18n?.t;
    if (!t || !this.snapshot) return html`<p class="loading">${t ? t('practice:loading') : nothing}</p>`;
    const view = this.view();
    return html`
      <div class="frame" lang=${this.i18n!.language} dir=${this.i18n!.dir()}>
        <p class="banner" role="note" part="banner"><strong class="banner-label">${t('practice:banner.label')}</strong> ${t('practice:banner.text')}</p>
        <wcg-error-summary id="error-summary" .heading=${t('practice:errorHeading')} .errors=${view.errors}></wcg-error-summary>
        <h2 id="practice-heading" part="heading" tabindex="-1">${headingFor(view)}</h2>
        ${renderScreen(view)}
        ${renderNav(view)}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }
}
