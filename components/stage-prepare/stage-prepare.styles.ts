import { css } from 'lit';
import { choiceListStyles } from '../shared/choice-list.styles.js';
import { tokens as t } from '../shared/tokens.styles.js';

/** Styles of `<wcg-stage-prepare>`: a roomy checklist and an inset reminder about the safety steps. */
export const stagePrepareStyles = [
  choiceListStyles,
  css`
  .inset {
    border-inline-start: 8px solid ${t.colorSafety};
    padding-block: calc(${t.space} * 0.5);
    padding-inline: ${t.space} 0;
    margin-block: calc(${t.space} * 1.5);
  }
  .inset p:last-child {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    .inset {
      border-inline-start-color: CanvasText;
    }
  }
`,
];
