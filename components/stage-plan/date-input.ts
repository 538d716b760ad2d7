import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formatDate } from '../shared/dates.js';
import { printCopy } from '../shared/print-copy.js';
import { boxesOf, dateBoxLength, dateParts, heldProblem, readDate, type DateBoxes, type DatePart } from './date-entry.js';
import { fieldId, planDates, type PlanView } from './plan-fields.js';
import { marked, type MarkedText } from '../shared/marked-text.js';

/** Options of one date input. */
export interface DateOptions {
  /** The conversation's path of the date, e.g. `reviewDate`; its boxes' ids are its id and `-day`, `-month`, `-year`. */
  field: string;
  legend: MarkedText;
  /** The date's own hint; an example of a date, as it is typed, follows it. */
  hint: MarkedText;
  /** The date shown as the example (YYYY-MM-DD): a real one, such as a date to suggest. */
  example: string;
  /** The date the conversation holds: YYYY-MM-DD, or empty. */
  value: string;
  /** The interface language, in which the date is written out on paper. */
  language: string;
  /** Hears the date (YYYY-MM-DD) when the boxes make a new real one, or '' when they are all emptied. */
  onChange: (date: string) => void;
}

/** The boxes of the date `field` at fault: those its typed problem names, or all three for a rule of the conversation's. */
export function faultyParts(view: PlanView, field: string): readonly DatePart[] {
  if (!view.messages.has(field)) return [];
  return (view.dates.problem(field) ?? heldProblem(planDates(view.context).get(field)))?.parts ?? dateParts;
}

/** The id of the box that the error summary's link to the date `field` focuses: the first at fault. */
export function dateTarget(view: PlanView, field: string): string {
  return `${fieldId(field)}-${faultyParts(view, field)[0] ?? dateParts[0]}`;
}

/**
 * A date in the GOV.UK date input pattern: a fieldset whose legend asks for it, a hint with an example, the error
 * message, then Day, Month and Year text boxes for numbers, in that order in every language, so the format never
 * depends on the browser's locale. The fieldset is described by the hint and the error; only the boxes at fault are
 * marked invalid, each described by the error. What is typed is kept in `view.dates` (see `DateEntries`); on paper
 * the boxes give way to the date written out in `language`.
 */
export function dateInput(view: PlanView, o: DateOptions): TemplateResult {
  const { t } = view;
  const id = fieldId(o.field);
  const error = view.messages.get(o.field);
  const faults = faultyParts(view, o.field);
  const boxes = view.dates.boxes(o.field, o.value);
  const example = boxesOf(o.example);
  const onInput = (part: DatePart) => (event: Event) => {
    const date = view.dates.type(o.field, o.value, part, (event.target as HTMLInputElement).value);
    if (date !== undefined) o.onChange(date);
  };
  const onFocusOut = (event: FocusEvent) => {
    const group = event.currentTarget as HTMLElement;
    const to = event.relatedTarget as Node | null;
    // Tabbing from box to box is not leaving the date, nor is the window losing focus (to look at a calendar).
    if (to ? !group.contains(to) : group.ownerDocument.hasFocus()) view.dates.show(o.field);
  };
  return html`
    <div class=${classMap({ field: true, date: true, 'has-error': Boolean(error) })} part="date">
      <fieldset aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`} @focusout=${onFocusOut}>
        <legend>${o.legend}</legend>
        <span class="hint" id="${id}-hint">${o.hint} ${marked(t, 'plan:date.example', { example: dateParts.map((part) => example[part]).join(' ') })}</span>
        ${error
          ? html`<span class="error-message" id="${id}-error"><span class="visually-hidden">${marked(t, 'plan:errorSummary.prefix')}</span> ${error}</span>`
          : nothing}
        <div class="date-boxes no-print">
          ${dateParts.map((part) => dateBox(view, id, part, boxes[part], faults.includes(part) && error ? `${id}-error` : undefined, onInput(part)))}
        </div>
        ${printCopy(printed(boxes, o.language))}
      </fieldset>
    </div>
  `;
}

function dateBox(view: PlanView, id: string, part: DatePart, value: string, error: string | undefined, onInput: (event: Event) => void): TemplateResult {
  return html`
    <div class="date-box">
      <label for="${id}-${part}">${marked(view.t, `plan:date.${part}`)}</label>
      <input id="${id}-${part}" class="date-part ${part}" type="text" inputmode="numeric" autocomplete="off" spellcheck="false" maxlength=${dateBoxLength}
        .value=${live(value)} aria-invalid=${ifDefined(error ? 'true' : undefined)} aria-describedby=${ifDefined(error)}
        ?disabled=${view.disabled} @input=${onInput} />
    </div>
  `;
}

// On paper, the date written out ("26 May 2027") when the boxes make one; else what they hold, as typed.
function printed(boxes: DateBoxes, language: string): string {
  const reading = readDate(boxes);
  if (reading.kind === 'date') return formatDate(reading.iso, language);
  return dateParts.map((part) => boxes[part].trim()).filter(Boolean).join(' ');
}
