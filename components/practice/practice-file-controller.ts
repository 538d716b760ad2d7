import type { TFunction } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Scenario } from '../../src/content/scenario-types.js';
import type { ParseResult } from '../../src/content/trust-config.js';
import type { ErrorSummaryItem } from '../error-summary/error-summary.js';
import { fetchScenario, readScenarioFile } from './practice-file.js';

/** What the element does once a file has been checked. */
export interface ScenarioFileEvents {
  /** The file was good: its scenario is now offered. */
  loaded(scenario: Scenario): void;
  /** The file had errors: the built-in scenarios stay, and the errors are shown. */
  refused(errors: ParseResult<Scenario> & { ok: false }): void;
}

/**
 * Holds the trainer's own scenario, from `scenario-src` or the file picker, and the problems found in the last
 * file checked. A newer file replaces an older one; a bad file never removes a good one already loaded.
 */
export class ScenarioFileController implements ReactiveController {
  /** The trainer's scenario, once a file has passed every check. */
  scenario: Scenario | null = null;
  private result: ParseResult<Scenario> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly events: ScenarioFileEvents,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The last file's errors, each as a link to the file picker: `steps[2].id: expected …`. */
  get errors(): ErrorSummaryItem[] {
    return this.result && !this.result.ok ? this.result.errors.map((e) => ({ target: 'scenario-upload', text: `${e.path}: ${e.message}` })) : [];
  }

  /** The last file's warnings, as lines. */
  get warnings(): string[] {
    return this.result ? this.result.warnings.map((w) => `${w.path}: ${w.message}`) : [];
  }

  /** Fetches and checks a file from the host's own site. */
  async fetch(src: string, t: TFunction): Promise<void> {
    this.use(await fetchScenario(src, t));
  }

  /** Reads and checks a file the trainer chose. */
  async read(file: File, t: TFunction): Promise<void> {
    this.use(await readScenarioFile(file, t));
  }

  private use(result: ParseResult<Scenario>): void {
    this.result = result;
    if (result.ok) this.scenario = result.value;
    this.host.requestUpdate();
    if (result.ok) this.events.loaded(result.value);
    else this.events.refused(result);
  }
}
