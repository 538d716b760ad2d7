import { css } from 'lit';
import { tokens as t } from './tokens.styles.js';

/** Styles of `renderProblems`: an error box as in the GOV.UK error summary, a warning box with a thinner border. */
export const problemsPanelStyles = css`
  .problems {
    padding: ${t.space};
    margin-block-end: calc(${t.space} * 1.5);
    background: ${t.colorBackground};
  }
  .problems.error {
    border: 5px solid ${t.colorError};
  }
  .problems.warning {
    border: 3px solid ${t.colorWarning};
    border-inline-start-width: 10px;
  }
  .problems h2 {
    font-size: 1.25em;
  }
  .problems ul {
    padding-inline-start: 1.25em;
    margin: 0;
  }
  .problems li + li {
    margin-block-start: 0.4em;
  }
  .problems code {
    font-weight: bold;
  }
  @media (forced-colors: active) {
    .problems.error,
    .problems.warning {
      border-color: CanvasText;
    }
  }
`;
