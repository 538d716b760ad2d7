import { css } from 'lit';
import { tokens as t } from '../shared/tokens.styles.js';

/** Styles of `<wcg-stage-explore>`: where we are, the topic, its question, then help and notes. */
export const stageExploreStyles = css`
  .position {
    color: ${t.colorSecondaryText};
    margin-block-end: 0.25em;
  }
  wcg-prompt-card {
    margin-block-end: calc(${t.space} * 1.5);
  }
  .services {
    margin-block: calc(${t.space} * 1.5);
  }
`;
