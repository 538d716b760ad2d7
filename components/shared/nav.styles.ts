import { css } from 'lit';
import { tokens as t } from './tokens.styles.js';

/** The row of buttons under a stage (Back, Continue and the like), in the conversation and in practice. */
export const navStyles = css`
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space};
    margin-block-start: calc(${t.space} * 2);
    padding-block-start: ${t.space};
    border-block-start: 1px solid ${t.colorBorder};
  }
`;
