import type { TFunction } from 'i18next';
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { PathToken } from '../../src/base/issue-path.js';
import { fieldId, type FieldMessages, type IssueIndex } from './config-issues.js';
import type { EditedConfig } from './config-paths.js';

/** What the section templates need from `<wcg-config-editor>`. */
export interface EditorView {
  readonly t: TFunction;
  readonly edited: EditedConfig;
  /** The languages the config is written in, English first. */
  readonly languages: readonly string[];
  /** The language of the editor's own words, for naming languages. */
  readonly uiLanguage: string;
  readonly issues: IssueIndex;
  /** Applies a change to the config. */
  readonly edit: (change: (edited: EditedConfig) => EditedConfig) => void;
  /** Applies a change that removes something, and offers to undo it, saying `message`. */
  readonly remove: (change: (edited: EditedConfig) => EditedConfig, message: string) => void;
  /** Moves focus to the element with this id once the page has updated. */
  readonly focus: (id: string) => void;
  /** Says something once through the polite live region. */
  readonly announce: (message: string) => void;
  /** A value worked out once per render (lists of translated names every row repeats). */
  readonly once: <T>(key: string, make: () => T) => T;
  /** The ids of the folding rows that are open, kept as the person opens and closes them. */
  readonly openRows: Set<string>;
}

/** Options of one labelled text input or text area. */
export interface TextFieldOptions {
  /** Where the value lives in the file; gives the field's id and the issues it shows. */
  readonly path: readonly PathToken[];
  /** The input's id, when it cannot come from `path` (a setting not in the file yet). */
  readonly id?: string;
  readonly label: string;
  /** The row the field is in, which its messages name after its label ("Service 2 (EAP)"). */
  readonly where?: string;
  /** How its messages name the field, when its label alone does not say enough ("Topic name (Welsh)"). */
  readonly messageLabel?: string;
  readonly hint?: string;
  readonly value: string;
  /** Other paths whose issues this field shows (plain text standing for every language). */
  readonly alsoClaims?: readonly (readonly PathToken[])[];
  /** Also show issues inside `path` (a list written one item per line). */
  readonly below?: boolean;
  readonly kind?: 'text' | 'tel' | 'email' | 'url' | 'textarea' | 'lines';
  readonly width?: 'short' | 'medium' | 'full';
  /** The id of a `<datalist>` of suggestions. */
  readonly list?: string;
  readonly onInput: (value: string) => void;
}

/** The ids an input's `aria-describedby` lists: hint first, then the messages, as GOV.UK orders them. */
export function describedBy(id: string, hint: string | undefined, messages: FieldMessages): string | undefined {
  const ids = [hint ? `${id}-hint` : '', messages.errors.length ? `${id}-error` : '', messages.warnings.length ? `${id}-warning` : ''];
  return ids.filter(Boolean).join(' ') || undefined;
}

/** The error and warning messages of a field, with their ids. The words before them are for screen readers. */
export function fieldMessages(t: TFunction, id: string, messages: FieldMessages): TemplateResult {
  return html`
    ${messages.errors.length
      ? html`<p class="error-message" id="${id}-error">${messages.errors.map(
          (m) => html`<span class="message"><span class="visually-hidden">${t('configure:problems.errorPrefix')}</span> ${m}</span>`,
        )}</p>`
      : nothing}
    ${messages.warnings.length
      ? html`<p class="warning-message" id="${id}-warning">${messages.warnings.map(
          (m) => html`<span class="message"><strong>${t('configure:problems.warningPrefix')}</strong> ${m}</span>`,
        )}</p>`
      : nothing}
  `;
}

/** Classes of the box round a field: a bar beside it when something is wrong, thicker for an error. */
export function fieldClasses(messages: FieldMessages, base = 'field'): ReturnType<typeof classMap> {
  return classMap({ [base]: true, 'has-error': messages.errors.length > 0, 'has-warning': !messages.errors.length && messages.warnings.length > 0 });
}

/** A labelled input in the GOV.UK order: label, hint, messages, then the input. */
export function textField(view: EditorView, o: TextFieldOptions): TemplateResult {
  const id = o.id ?? fieldId(o.path);
  const owner = { label: o.messageLabel ?? o.label, where: o.where };
  const messages = view.issues.claim(id, owner, [o.path, ...(o.alsoClaims ?? [])], o.below);
  const described = describedBy(id, o.hint, messages);
  const invalid = messages.errors.length ? 'true' : undefined;
  const onInput = (event: Event) => o.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const kind = o.kind ?? 'text';
  let control: TemplateResult;
  if (kind === 'textarea' || kind === 'lines') {
    // A list is kept without blank lines, so its box keeps what was typed (a new line) rather than the tidied value.
    const value = kind === 'lines' ? o.value : live(o.value);
    control = html`<textarea id=${id} rows=${kind === 'lines' ? 4 : 3} .value=${value} aria-invalid=${ifDefined(invalid)}
      aria-describedby=${ifDefined(described)} @input=${onInput}></textarea>`;
  } else {
    const mode = kind === 'text' ? undefined : kind;
    control = html`<input id=${id} type="text" class="width-${o.width ?? 'full'}" inputmode=${ifDefined(mode)} list=${ifDefined(o.list)}
      spellcheck=${kind === 'text' ? 'true' : 'false'} autocomplete="off" .value=${live(o.value)} aria-invalid=${ifDefined(invalid)}
      aria-describedby=${ifDefined(described)} @input=${onInput} />`;
  }
  return html`
    <div class=${fieldClasses(messages)}>
      <label for=${id}>${o.label}</label>
      ${o.hint ? html`<span class="hint" id="${id}-hint">${o.hint}</span>` : nothing} ${fieldMessages(view.t, id, messages)} ${control}
    </div>
  `;
}

/** Options of a drop-down list. */
export interface SelectOptions {
  readonly path: readonly PathToken[];
  readonly label: string;
  /** The row the field is in, which its messages name after its label. */
  readonly where?: string;
  readonly hint?: string;
  readonly value: string;
  /** The choices; one with value '' stands for "not chosen yet". */
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly onChange: (value: string) => void;
}

/** A labelled `<select>` with its messages. */
export function selectField(view: EditorView, o: SelectOptions): TemplateResult {
  const id = fieldId(o.path);
  const choices = o.options.filter((option) => option.value !== '');
  const messages = view.issues.claim(id, { label: o.label, where: o.where, kind: 'choose', choices }, [o.path]);
  const known = o.options.some((option) => option.value === o.value);
  return html`
    <div class=${fieldClasses(messages)}>
      <label for=${id}>${o.label}</label>
      ${o.hint ? html`<span class="hint" id="${id}-hint">${o.hint}</span>` : nothing} ${fieldMessages(view.t, id, messages)}
      <select id=${id} aria-invalid=${ifDefined(messages.errors.length ? 'true' : undefined)} aria-describedby=${ifDefined(describedBy(id, o.hint, messages))}
        @change=${(event: Event) => o.onChange((event.target as HTMLSelectElement).value)}>
        ${known ? nothing : html`<option value=${o.value} selected>${o.value}</option>`}
        ${o.options.map((option) => html`<option value=${option.value} ?selected=${option.value === o.value}>${option.label}</option>`)}
      </select>
    </div>
  `;
}

/** One tick box or radio of a group. */
export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly checked: boolean;
}

/** Options of a group of tick boxes or radios. */
export interface ChoiceGroupOptions {
  readonly path: readonly PathToken[];
  readonly legend: string;
  /** The row the group is in, which its messages name after its legend. */
  readonly where?: string;
  readonly hint?: string;
  readonly type: 'checkbox' | 'radio';
  readonly choices: readonly Choice[];
  readonly onChange: (value: string, checked: boolean) => void;
  /** Lay the choices out in columns where there is room. */
  readonly columns?: boolean;
}

/** A fieldset of tick boxes or radios; the group's problems show under its legend and link to its first choice. */
export function choiceGroup(view: EditorView, o: ChoiceGroupOptions): TemplateResult {
  const id = fieldId(o.path);
  const choiceId = (value: string) => `${id}-${value.replace(/[^A-Za-z0-9]/g, '_')}`;
  const first = o.choices[0] ? choiceId(o.choices[0].value) : id;
  const messages = view.issues.claim(first, { label: o.legend, where: o.where, kind: 'choose', choices: o.choices }, [o.path], true);
  return html`
    <fieldset id=${id} class=${fieldClasses(messages, 'group')} aria-describedby=${ifDefined(describedBy(id, o.hint, messages))}>
      <legend>${o.legend}</legend>
      ${o.hint ? html`<span class="hint" id="${id}-hint">${o.hint}</span>` : nothing} ${fieldMessages(view.t, id, messages)}
      <div class=${classMap({ choices: true, columns: Boolean(o.columns) })}>
        ${o.choices.map(
          (choice) => html`
            <div class="choice">
              <input type=${o.type} id=${choiceId(choice.value)} name=${id} value=${choice.value} .checked=${live(choice.checked)}
                @change=${(event: Event) => o.onChange(choice.value, (event.target as HTMLInputElement).checked)} />
              <label for=${choiceId(choice.value)}>${choice.label}</label>
            </div>
          `,
        )}
      </div>
    </fieldset>
  `;
}

/** Options of a row that folds away: a service, an own topic, a crisis line. */
export interface RowOptions {
  /** The id of the row's `<summary>`, which takes focus when a row before it is removed. */
  readonly id: string;
  readonly heading: string;
  /** Open even if the person has not opened it (a row just added, a line with a local change). */
  readonly open?: boolean;
  /** Problems inside: a row with some opens, so the links to them lead somewhere visible. */
  readonly problems: number;
  readonly content: unknown;
}

/**
 * A row that folds to its heading, so a long list of services reads as a list. Inside, a fieldset whose
 * legend repeats the heading gives each field its context ("Service 2: Name").
 */
export function foldingRow(view: EditorView, o: RowOptions): TemplateResult {
  const t = view.t;
  // Opening is remembered, so a row stays open while its last problem is mended; a row is never closed for the person.
  const open = o.open || o.problems > 0 || view.openRows.has(o.id);
  const onToggle = (event: Event) => {
    if ((event.target as HTMLDetailsElement).open) view.openRows.add(o.id);
    else view.openRows.delete(o.id);
  };
  return html`
    <details class="row" .open=${open} @toggle=${onToggle}>
      <summary id=${o.id}>
        <span class="row-heading">${o.heading}</span>
        ${o.problems ? html` <span class="row-problems">${t('configure:problems.inRow', { count: o.problems })}</span>` : nothing}
      </summary>
      <fieldset class="row-body">
        <legend class="visually-hidden">${o.heading}</legend>
        ${o.content}
      </fieldset>
    </details>
  `;
}

/** Options of a field whose typed value the button beside it (or Enter) adds to a list: a language, a changed text. */
export interface AddFieldOptions {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly value: string;
  /** Why the typed value cannot be added; empty when it can. */
  readonly error: string;
  readonly addLabel: string;
  readonly onInput: (value: string) => void;
  readonly onAdd: () => void;
  /** A class more on the box round the field. */
  readonly boxClass?: string;
  /** A class on the input, such as its width. */
  readonly inputClass?: string;
  /** Values to suggest as the person types, offered in a `<datalist>` with the id `${id}s`. */
  readonly suggestions?: readonly string[];
}

/** A labelled input with an Add button beside it, in the GOV.UK order: label, hint, message, then the input. */
export function addField(t: TFunction, o: AddFieldOptions): TemplateResult {
  const describedBy = [`${o.id}-hint`, o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ');
  return html`
    <div class="field ${o.boxClass ?? ''} ${o.error ? 'has-error' : ''}">
      <label for=${o.id}>${o.label}</label>
      <span class="hint" id="${o.id}-hint">${o.hint}</span>
      ${fieldMessages(t, o.id, { errors: o.error ? [o.error] : [], warnings: [] })}
      <div class="inline">
        <input id=${o.id} type="text" class=${ifDefined(o.inputClass)} list=${ifDefined(o.suggestions ? `${o.id}s` : undefined)}
          spellcheck="false" autocomplete="off" .value=${o.value}
          aria-invalid=${ifDefined(o.error ? 'true' : undefined)} aria-describedby=${describedBy}
          @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)} @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && o.onAdd()} />
        <button class="secondary" @click=${o.onAdd}>${o.addLabel}</button>
      </div>
      ${o.suggestions ? html`<datalist id="${o.id}s">${o.suggestions.map((value) => html`<option value=${value}></option>`)}</datalist>` : nothing}
    </div>
  `;
}
