import { css } from 'lit';
import { tokens as t } from '../shared/tokens.styles.js';

/** Styles of `<wcg-stage-prepare>`: a roomy checklist and an inset reminder about the safety steps. */
export const stagePrepareStyles = css`
  .lead {
    font-size: 1.1em;
  }
  legend h3 {
    margin: 0;
  }
  .choice {
    margin-block: calc(${t.space} * 0.75);
  }
  .choice input {
    margin-block-start: 0.4em;
  }
  /* The label and the box are one target, at least 44px high. */
  .choice label {
    display: block;
    min-block-size: 44px;
    padding-block: 0.4em 0;
  }
  .choice .hint {
    margin-block-start: 0;
  }
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
`;
