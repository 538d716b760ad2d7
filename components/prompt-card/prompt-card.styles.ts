import { css } from 'lit';
import { tokens as t } from '../shared/tokens.styles.js';

/** Styles of `<wcg-prompt-card>`: a question big enough to read across a desk, then quieter help. */
export const promptCardStyles = css`
  .prompt {
    font-size: ${t.fontSizePrompt};
    font-weight: bold;
    line-height: 1.3;
    max-inline-size: 32em;
    overflow-wrap: break-word;
    margin-block-end: calc(${t.space} * 0.75);
  }
  .gentler {
    font-weight: normal;
    border-inline-start: 6px solid ${t.colorPrimary};
    padding-inline-start: ${t.space};
    margin-block: ${t.space};
  }
  .gentler[hidden] {
    display: none;
  }
  button {
    margin-block-end: ${t.space};
  }
  .follow-ups {
    margin-block: ${t.space};
  }
  .follow-ups li {
    font-size: 1.1em;
    margin-block-end: 0.4em;
  }
  h5 {
    font-size: 1em;
    line-height: 1.25;
    margin-block: 0 calc(${t.space} * 0.5);
  }
  .manager-only > :last-child {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    .gentler {
      border-inline-start-color: CanvasText;
    }
  }
  .prompts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: ${t.space};
  }
  .staff-language {
    border-inline-start: 4px solid ${t.colorPrimary};
    padding-inline-start: ${t.space};
  }
  .staff-language .label,
  .staff-language .unreviewed {
    font-size: 0.9em;
    color: ${t.colorSecondaryText};
    margin-block-end: 0.25em;
  }
`;
