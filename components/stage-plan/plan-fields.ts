import type { TFunction } from 'i18next';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ConversationContext } from '../../src/model/conversation.js';
import type { ConversationEvent } from '../../src/machine/conversation.types.js';
import { draftLimits } from '../../src/persist/draft-limits.js';
import { printCopy } from '../shared/print-copy.js';
import type { HeadingTags } from '../shared/heading.js';
import { alone, marked, type MarkedText } from '../shared/marked-text.js';
import { heldProblem, type DateEntries } from './date-entry.js';

/** What the plan's templates need from `<wcg-stage-plan>`. */
export interface PlanView {
  readonly t: TFunction;
  readonly context: ConversationContext;
  /** The error message shown for each field with a problem, keyed by the machine's field path. */
  readonly messages: ReadonlyMap<string, string>;
  readonly send: (event: ConversationEvent) => void;
  /** Adds a row to a list and moves focus to it. */
  readonly add: (list: PlanList) => void;
  /** Removes a row and moves focus to a neighbour. */
  readonly remove: (list: PlanList, id: string) => void;
  /** The host has disabled the conversation (a disabled fieldset): every field and button is disabled. */
  readonly disabled: boolean;
  /** What is typed in the boxes of each date, kept by the element across renders. */
  readonly dates: DateEntries;
  /** The stage's heading tags (from `heading-level`): each list's heading is a section of the stage. */
  readonly headings: HeadingTags;
}

/** The two lists of rows in the plan. */
export type PlanList = 'actions' | 'adjustments';

/** A list of the plan: its heading and hint, a fieldset a row from `row`, then the button that adds a row. */
export function planList<T>(view: PlanView, list: PlanList, rows: readonly T[], row: (item: T, n: number) => TemplateResult): TemplateResult {
  const { t } = view;
  const h = view.headings.section;
  return staticHtml`
    <div class="list" part=${list}>
      <${h} class="h-section" id="${list}-heading">${marked(t, `plan:${list}.heading`)}</${h}>
      <p class="hint">${marked(t, `plan:${list}.hint`)}</p>
      ${rows.map((item, index) => row(item, index + 1))}
      <button type="button" class="secondary add" id="${list}-add" ?disabled=${view.disabled} @click=${() => view.add(list)}>${marked(alone(t), `plan:${list}.add`)}</button>
    </div>
  `;
}

/** Row `n` of a plan list: a fieldset named by its number, holding `fields`, then the button that removes the row. */
export function planRow(view: PlanView, list: PlanList, id: string, n: number, fields: TemplateResult): TemplateResult {
  const { t } = view;
  return html`
    <fieldset class="row" part="row" ?disabled=${view.disabled}>
      <legend class="row-legend">${marked(t, `plan:${list}.legend`, { n })}</legend>
      ${fields}
      <button type="button" class="secondary" @click=${() => view.remove(list, id)}>${marked(alone(t), `plan:${list}.remove`, { n })}</button>
    </fieldset>
  `;
}

/** The element id of the input for a machine field path, e.g. `actions.a1.text` → `actions-a1-text`. */
export function fieldId(field: string): string {
  return field.replaceAll('.', '-');
}

/** Every date of the plan by its field path, with what the conversation holds: YYYY-MM-DD, or empty. */
export function planDates(context: ConversationContext): Map<string, string> {
  return new Map([...context.actions.map((action) => [`actions.${action.id}.due`, action.due] as const), ['reviewDate', context.reviewDate]]);
}

/**
 * The error message of each field with a problem, keyed by field path, in the order the page shows the fields
 * (the order of the error summary): the problems of `context.planErrors`, and those of dates as typed in `dates`,
 * which take the place of the conversation's for the same date, being about what its boxes show. Row messages
 * name the row's number.
 */
export function planErrorMessages(context: ConversationContext, t: TFunction, dates: DateEntries): Map<string, string> {
  // The machine's keys are `plan.errors.*`; their text lives in this element's `plan` namespace.
  const keys = new Map(context.planErrors.map((error) => [error.field, error.key.replace(/^plan\./, 'plan:')]));
  const fields = [
    ...context.actions.flatMap((action) => [`actions.${action.id}.text`, `actions.${action.id}.due`]),
    ...context.adjustments.flatMap((adjustment) => [`adjustments.${adjustment.id}.text`, `adjustments.${adjustment.id}.reason`]),
    'reviewDate',
  ];
  const messages = new Map<string, string>();
  const held = planDates(context);
  for (const field of new Set([...fields, ...keys.keys()])) {
    // What the boxes show, once their problem shows; or, once Continue found it, the problem of a date held as typed.
    const typed = dates.problem(field) ?? (keys.has(field) ? heldProblem(held.get(field)) : undefined);
    const key = typed ? `plan:errors.date.${typed.problem}` : keys.get(field);
    if (!key) continue;
    const [list, id] = field.split('.');
    const rows = list === 'actions' ? context.actions : list === 'adjustments' ? context.adjustments : [];
    const n = rows.findIndex((row) => row.id === id) + 1;
    messages.set(field, t(key, n ? { n, context: list } : {}));
  }
  return messages;
}

/** Options of one labelled input. */
export interface FieldOptions {
  field: string;
  label: MarkedText;
  hint?: MarkedText;
  value: string;
  type?: 'text' | 'textarea';
  required?: boolean;
  onChange: (value: string) => void;
}

/**
 * A labelled input in the GOV.UK pattern: label, hint, error message, then the input itself. Text is capped
 * at the draft's limit, so that a long paste can never make a kept draft too long to restore.
 */
export function textField(view: PlanView, o: FieldOptions): TemplateResult {
  const id = fieldId(o.field);
  const error = view.messages.get(o.field);
  const describedBy = [o.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const onInput = (event: Event) => o.onChange((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const attrs = { invalid: error ? 'true' : undefined, required: o.required ? 'true' : undefined };
  return html`
    <div class=${classMap({ field: true, 'has-error': Boolean(error) })} part="field">
      <label for=${id}>${o.label}</label>
      ${o.hint ? html`<span class="hint" id="${id}-hint">${o.hint}</span>` : nothing}
      ${error
        ? html`<span class="error-message" id="${id}-error"><span class="visually-hidden">${marked(view.t, 'plan:errorSummary.prefix')}</span> ${error}</span>`
        : nothing}
      ${o.type === 'textarea'
        ? html`<textarea id=${id} class="no-print" maxlength=${draftLimits.text} .value=${live(o.value)} aria-invalid=${ifDefined(attrs.invalid)} aria-required=${ifDefined(attrs.required)}
            aria-describedby=${ifDefined(describedBy)} ?disabled=${view.disabled} @input=${onInput}></textarea>`
        : html`<input id=${id} type="text" class="text no-print" maxlength=${draftLimits.text} .value=${live(o.value)}
            aria-invalid=${ifDefined(attrs.invalid)} aria-describedby=${ifDefined(describedBy)} ?disabled=${view.disabled} @input=${onInput} />`}
      ${printCopy(o.value)}
    </div>
  `;
}

/** A group of radios with a legend, laid out in a row when there is room. */
export function radios<T extends string>(
  name: string,
  legend: string,
  options: readonly T[],
  value: T,
  label: (option: T) => string,
  onChange: (option: T) => void,
): TemplateResult {
  return html`
    <fieldset class="radios" part="radios">
      <legend>${legend}</legend>
      <div class="choices">
        ${options.map(
          (option) => html`
            <div class="choice">
              <input type="radio" id="${name}-${option}" name=${name} .checked=${live(option === value)} @change=${() => onChange(option)} />
              <label for="${name}-${option}">${label(option)}</label>
            </div>
          `,
        )}
      </div>
    </fieldset>
  `;
}
