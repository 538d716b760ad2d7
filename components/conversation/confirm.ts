import type { TFunction } from 'i18next';
import { html, type HTMLTemplateResult, type TemplateResult, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { defaultHeadingLevel, headingTag } from '../shared/heading.js';
import { alone, marked } from '../shared/marked-text.js';

/**
 * A step that cannot be undone and so is confirmed first (WCAG 3.3.4): ending the conversation as declined, or
 * starting again, which deletes everything typed and chosen, and any kept draft.
 */
export type ConfirmKind = 'decline' | 'startAgain';

/** Where the warning shows: in place of the stage's buttons, or of the draft notice. */
export type ConfirmPlace = 'nav' | 'draft';

/** What the confirmation needs from its element: its shadow root, to move focus in. */
export type ConfirmHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The attribute a button that asks for a confirmation carries, so focus can go back to it on cancel. */
export const confirmTrigger = (kind: ConfirmKind, place: ConfirmPlace): string => `${place}:${kind}`;

/**
 * The GOV.UK-style warning asked before a step that cannot be undone: it shows where its button was, takes focus,
 * and either goes ahead (focus then goes to the stage heading) or is cancelled (focus goes back to the button that
 * asked). It closes by itself when the screen changes, as when the safety steps open.
 */
export class Confirmation implements ReactiveController {
  private asked: { readonly kind: ConfirmKind; readonly place: ConfirmPlace; readonly screen: string } | null = null;
  private focusNext: string | null = null;

  /**
   * `screen` names what is on screen (the stage, the topic, the safety steps), as the element's focus does;
   * `confirmed` does each step once the person has confirmed it.
   */
  constructor(
    private readonly host: ConfirmHost,
    private readonly screen: () => string,
    private readonly confirmed: Readonly<Record<ConfirmKind, () => void>>,
  ) {
    host.addController(this);
  }

  /** A click handler for the button that asks for `kind` at `place`. */
  asker(kind: ConfirmKind, place: ConfirmPlace): () => void {
    return () => this.ask(kind, place);
  }

  /** The warning to show at `place`, or undefined when none is asked there. */
  panel(t: TFunction, place: ConfirmPlace, disabled: boolean, headingLevel = defaultHeadingLevel): TemplateResult | undefined {
    const kind = this.at(place);
    return kind ? warningPanel(t, kind, { confirm: this.onConfirm, cancel: this.onCancel, disabled, headingLevel }) : undefined;
  }

  private readonly onConfirm = (): void => {
    const kind = this.confirm();
    if (kind) this.confirmed[kind]();
  };

  private readonly onCancel = (): void => this.cancel();

  /** The warning showing at `place`, or null. */
  at(place: ConfirmPlace): ConfirmKind | null {
    return this.asked?.place === place ? this.asked.kind : null;
  }

  /** Shows the warning for `kind` at `place` and moves focus to it. */
  ask(kind: ConfirmKind, place: ConfirmPlace): void {
    this.asked = { kind, place, screen: this.screen() };
    this.focusNext = '[part="warning"]';
    this.host.requestUpdate();
  }

  /** Closes the warning and puts focus back on the button that asked. */
  cancel(): void {
    if (this.asked) this.focusNext = `[data-confirm="${confirmTrigger(this.asked.kind, this.asked.place)}"]`;
    this.asked = null;
    this.host.requestUpdate();
  }

  /** Closes the warning and returns what was confirmed, for the element to do; focus goes to the stage heading. */
  confirm(): ConfirmKind | null {
    const kind = this.asked?.kind ?? null;
    this.asked = null;
    this.focusNext = '#stage-heading';
    this.host.requestUpdate();
    return kind;
  }

  hostUpdate(): void {
    if (this.asked && this.asked.screen !== this.screen()) this.asked = null;
  }

  hostUpdated(): void {
    const target = this.focusNext;
    if (!target) return;
    this.focusNext = null;
    // After this update has finished, as the stage heading's own focus does, so the element is on screen.
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(target)?.focus());
  }
}

/** What the warning's two buttons do, and whether the host has disabled the element. */
export interface WarningActions {
  readonly confirm: () => void;
  readonly cancel: () => void;
  readonly disabled: boolean;
  /** The level of its heading: the level of the stage heading it sits beside. */
  readonly headingLevel?: number;
}

/** The warning: what will happen and what will be lost, with a button to go ahead and one to go back. */
export function warningPanel(t: TFunction, kind: ConfirmKind, { confirm, cancel, disabled, headingLevel }: WarningActions): TemplateResult {
  const h = headingTag(headingLevel ?? defaultHeadingLevel);
  return staticHtml`
    <section class="warning" part="warning" aria-labelledby="warning-heading" tabindex="-1">
      <${h} class="h-top" id="warning-heading">
        <span class="warning-icon" aria-hidden="true">!</span>
        <span class="visually-hidden">${marked(t, 'confirm.warning')}</span>
        ${marked(t, `confirm.${kind}.heading`)}
      </${h}>
      <p>${marked(t, `confirm.${kind}.body`)}</p>
      <div class="warning-buttons">
        <button class="warning-button" ?disabled=${disabled} @click=${confirm}>${marked(alone(t), `confirm.${kind}.yes`)}</button>
        <button class="secondary" ?disabled=${disabled} @click=${cancel}>${marked(alone(t), `confirm.${kind}.no`)}</button>
      </div>
    </section>
  `;
}
