import { css } from 'lit';
import { tokens as t } from '../shared/tokens.styles.js';

/** Styles of `<wcg-error-summary>`: the GOV.UK error summary, a thick red border round a list of links. */
export const errorSummaryStyles = css`
  .summary {
    border: 5px solid ${t.colorError};
    padding: ${t.space};
    margin-block-end: calc(${t.space} * 1.5);
    background: ${t.colorBackground};
  }
  /* The box takes focus when it appears (GOV.UK); the ring shows sighted users where focus went. */
  .summary[tabindex='-1']:focus {
    outline: 4px solid ${t.colorFocus};
    outline-offset: 0;
  }
  ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  li + li {
    margin-block-start: 0.5em;
  }
  a {
    color: ${t.colorError};
    font-weight: bold;
  }
  @media (forced-colors: active) {
    .summary {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;
