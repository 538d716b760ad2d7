import { css } from 'lit';
import { tokens as t } from '../shared/tokens.styles.js';

/** Styles of `<wcg-stage-what-helps>`: each question kept together with its gentler wording. */
export const stageWhatHelpsStyles = css`
  .lead {
    font-size: 1.1em;
  }
  .question {
    margin-block: 0 calc(${t.space} * 2);
  }
`;
