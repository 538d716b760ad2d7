import type { TFunction } from 'i18next';
import { quote } from '../../src/base/parse-messages.js';
import { parseScenario } from '../../src/content/parse-scenario.js';
import type { Scenario } from '../../src/content/scenario-types.js';
import { fetchSameOrigin } from '../../src/fetch/same-origin.js';
import type { ParseIssue, ParseResult } from '../../src/content/trust-config.js';

/** The biggest scenario file read, in bytes; the ten built-ins together are far smaller as files. */
export const maxScenarioFileBytes = 512 * 1024;

// A problem with the file as a whole, before its contents could be checked.
function fileProblem(t: TFunction, key: string, values: Record<string, unknown> = {}): ParseResult<Scenario> {
  const issue: ParseIssue = { path: t('practice:picker.own.file'), message: t(`practice:picker.own.${key}`, values) };
  return { ok: false, errors: [issue], warnings: [] };
}

/** Checks the text of a scenario file: JSON first, then the scenario itself. Never throws. */
export function checkScenarioText(text: string, t: TFunction): ParseResult<Scenario> {
  if (text.length > maxScenarioFileBytes) return fileProblem(t, 'tooBig', { max: maxScenarioFileBytes / 1024 });
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return fileProblem(t, 'notJson');
  }
  return parseScenario(input);
}

/** Reads a file the trainer chose, on this computer only. */
export async function readScenarioFile(file: File, t: TFunction): Promise<ParseResult<Scenario>> {
  if (file.size > maxScenarioFileBytes) return fileProblem(t, 'tooBig', { max: maxScenarioFileBytes / 1024 });
  try {
    return checkScenarioText(await file.text(), t);
  } catch {
    return fileProblem(t, 'notJson');
  }
}

/** Fetches a scenario file from the host page's own site; any other site is refused without a request. */
export async function fetchScenario(src: string, t: TFunction): Promise<ParseResult<Scenario>> {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return fileProblem(t, 'notLoaded', { src: quote(src) });
  }
  try {
    // Trainers' files come from the host's own origin, as trust config and locale files do (docs/design.md, privacy).
    const fetched = await fetchSameOrigin(url);
    if (!fetched.ok && fetched.reason !== 'failed') return fileProblem(t, fetched.reason === 'otherOrigin' ? 'otherSite' : 'redirected');
    if (!fetched.ok) return fileProblem(t, 'notLoaded', { src: quote(src) });
    const { response } = fetched;
    if (!response.ok) return fileProblem(t, 'notLoaded', { src: quote(src) });
    if (Number(response.headers.get('content-length')) > maxScenarioFileBytes) return fileProblem(t, 'tooBig', { max: maxScenarioFileBytes / 1024 });
    return checkScenarioText(await response.text(), t);
  } catch {
    return fileProblem(t, 'notLoaded', { src: quote(src) });
  }
}
