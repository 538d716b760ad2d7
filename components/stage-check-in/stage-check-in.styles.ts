import { css } from 'lit';
import { tokens as t } from '../shared/tokens.styles.js';

/** Styles of `<wcg-stage-check-in>`: the question first, then room to write. */
export const stageCheckInStyles = css`
  wcg-prompt-card {
    margin-block-end: calc(${t.space} * 1.5);
  }
`;
