import type { TFunction } from 'i18next';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { textIn } from '../../src/record/build-record.js';
import type { LocalisedText } from '../../src/content/types.js';
import type { EditorView } from './config-fields.js';
import { readJsonFile } from './config-io.js';
import { isObject } from './config-paths.js';

/** What the start section needs from the element: opening a file, an example, or nothing. */
export interface StartActions {
  readonly samples: readonly unknown[];
  /** A problem opening the last file, shown at the file input; '' when there was none. */
  readonly fileError: string;
  readonly openFile: (event: Event) => void;
  readonly startFrom: (sample: unknown) => void;
  readonly startBlank: () => void;
}

/** Reads a chosen config file: the config and what to say, or only what went wrong. */
export async function readConfigFile(file: File, t: TFunction): Promise<{ config?: Record<string, unknown>; message: string }> {
  const read = await readJsonFile(file);
  if (read.ok && isObject(read.value)) return { config: read.value, message: t('configure:start.loaded', { name: file.name }) };
  const key = read.ok || read.reason === 'notJson' ? 'configure:start.notJson' : 'configure:start.unreadable';
  return { message: t(key, { name: file.name }) };
}

/** The name an example is offered by: its organisation's English name. */
export function sampleName(sample: unknown): string {
  const organisation = isObject(sample) ? sample.organisation : undefined;
  return typeof organisation === 'string' || isObject(organisation) ? textIn(organisation as LocalisedText, 'en-GB') : '';
}

/** The first section: open the config file, or start from an example or from nothing. */
export function startSection(view: EditorView, a: StartActions): TemplateResult {
  const t = view.t;
  const error = a.fileError;
  return html`
    <section class="section" aria-labelledby="start-heading">
      <h2 id="start-heading">${t('configure:start.heading')}</h2>
      <p>${t('configure:start.lead')}</p>
      <div class="field ${error ? 'has-error' : ''}">
        <label for="file">${t('configure:start.file.label')}</label>
        <span class="hint" id="file-hint">${t('configure:start.file.hint')}</span>
        ${error
          ? html`<p class="error-message" id="file-error"><span class="visually-hidden">${t('configure:problems.errorPrefix')}</span> ${error}</p>`
          : nothing}
        <input type="file" id="file" accept=".json,application/json" aria-describedby=${error ? 'file-hint file-error' : 'file-hint'}
          aria-invalid=${ifDefined(error ? 'true' : undefined)} @change=${a.openFile} />
      </div>
      <h3>${t('configure:start.samplesHeading')}</h3>
      <ul class="buttons">
        ${a.samples.map((sample) => html`<li><button class="secondary" @click=${() => a.startFrom(sample)}>${t('configure:start.sample', { name: sampleName(sample) })}</button></li>`)}
        <li><button class="secondary" @click=${a.startBlank}>${t('configure:start.blank')}</button></li>
      </ul>
    </section>
  `;
}
