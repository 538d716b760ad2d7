import { html, type HTMLTemplateResult } from 'lit';
import { localDate } from '../../src/base/calendar.js';
import { crisisDirectoryFor, crisisEntriesFor, safetyPaths } from '../../src/content/crisis.js';
import type { ScenarioRisk } from '../../src/content/scenario-types.js';
import { renderLines, renderVerified, type LinesOptions } from '../safety-panel/crisis-lines.js';
import type { PracticeView } from './practice-view.js';

/**
 * A risk's safety steps, then the crisis lines they point to ("the urgent mental health line below", "the domestic
 * abuse helpline below"), as the live safety panel shows them under the same steps: the nation's lines for that
 * risk, each number a link kept whole on one line, with when they were checked. Practice has no trust, so no
 * trust's notes or contacts: the steps say to follow the trust's own policy.
 */
export function renderSafetySteps(view: PracticeView, risk: ScenarioRisk): HTMLTemplateResult {
  const { t, language } = view;
  const directory = crisisDirectoryFor(view.nation);
  const options: LinesOptions = { t, language, overrides: [], organisation: '' };
  return html`
    <ol>${safetyPaths[risk].map((key) => html`<li>${t(key)}</li>`)}</ol>
    ${renderVerified(directory, localDate(), options)}
    ${renderLines(crisisEntriesFor(directory, risk), options)}
  `;
}
