import type { TFunction } from 'i18next';
import type { Scenario, ScenarioText } from '../../src/content/scenario-types.js';
import type { LocalisedText, Nation } from '../../src/content/types.js';
import type { PracticeContext, PracticeEvent } from '../../src/machine/practice.types.js';
import type { ErrorSummaryItem } from '../error-summary/error-summary.js';

/** Which screen is showing; `choosing` and `answered` are the two halves of a simulated step. */
export type PracticeScreen = 'picking' | 'persona' | 'choosing' | 'answered' | 'observer' | 'debrief';

/** A scenario as the picker lists it: `value` is its id, or `file` for the trainer's own. */
export interface ListedScenario {
  readonly value: string;
  readonly scenario: Scenario;
  readonly fromFile: boolean;
}

/** Everything a screen's template needs: the text, the state, and the ways to change it. */
export interface PracticeView {
  readonly t: TFunction;
  readonly language: string;
  /** The nation whose crisis lines the safety steps show. */
  readonly nation: Nation;
  readonly screen: PracticeScreen;
  readonly context: PracticeContext;
  readonly scenarios: readonly ListedScenario[];
  /** The scenario or option ticked but not yet submitted, and the observer's error, per screen. */
  readonly pending: string | null;
  /** Problems to list in this screen's error summary. */
  readonly errors: readonly ErrorSummaryItem[];
  /** Problems with the trainer's scenario file, already as lines `path: message`. */
  readonly fileErrors: readonly ErrorSummaryItem[];
  readonly fileWarnings: readonly string[];
  readonly send: (event: PracticeEvent) => void;
  readonly setPending: (value: string) => void;
  readonly submit: (event: SubmitEvent) => void;
  readonly chooseFile: (event: Event) => void;
  readonly print: () => void;
}

/** Text from a trainer's file in one language: the language itself, its base language, else en-GB, else any. */
export function textIn(text: LocalisedText, language: string): string {
  if (typeof text === 'string') return text;
  return text[language] ?? text[language.split('-')[0]!] ?? text['en-GB'] ?? Object.values(text)[0] ?? '';
}

/** The words of a scenario's text: a built-in's from the locale files, a trainer's from the file. Always shown as text. */
export function say(view: Pick<PracticeView, 't' | 'language'>, text: ScenarioText | undefined): string {
  if (!text) return '';
  return 'key' in text ? view.t(text.key) : textIn(text.text, view.language);
}
