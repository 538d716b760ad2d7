import { css } from 'lit';
import { tokens as t } from '../shared/tokens.styles.js';

/** Styles of `<wcg-stage-open>`: a spaced list that is easy to read aloud. */
export const stageOpenStyles = css`
  .lead {
    font-size: 1.1em;
  }
  .points {
    padding-inline-start: 1.25em;
  }
  .points li {
    margin-block-end: calc(${t.space} * 0.5);
  }
`;
