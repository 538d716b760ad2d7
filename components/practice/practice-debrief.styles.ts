import { css } from 'lit';
import { tokens as t } from '../shared/tokens.styles.js';

/**
 * Styles of the debrief in `<wcg-practice>`: the scores table (stacked on narrow screens), a score bar that
 * repeats the number, never replaces it, and print rules that keep the banner and the debrief and write out links.
 */
export const practiceDebriefStyles = css`
  .answers .moment {
    font-size: 1em;
    font-style: italic;
    margin-block-end: 0.25em;
  }
  .scores {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block: 0 calc(${t.space} * 1.5);
  }
  .scores caption {
    text-align: start;
    margin-block-end: 0.5em;
  }
  .caption-heading {
    display: block;
    font-size: 1.25em;
    font-weight: bold;
  }
  .scores th,
  .scores td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em 0.75em 0.5em 0;
    border-block-end: 1px solid ${t.colorBorder};
  }
  .score {
    white-space: nowrap;
  }
  .score-bar {
    display: flex;
    gap: 2px;
    margin-block-end: 0.25em;
  }
  .score-bar span {
    inline-size: 1em;
    block-size: 0.6em;
    border: 1px solid ${t.colorText};
  }
  .score-bar .filled {
    background: ${t.colorText};
  }
  .guidance li {
    margin-block-end: 0.5em;
  }
  .guidance .hint {
    display: block;
  }
  .print-url {
    display: none;
  }
  .new-tab {
    font-size: 0.9em;
  }
  /* Narrow screens: each score row stacks, so the table never scrolls sideways at 320px. */
  @media (max-width: 40em) {
    .scores thead {
      position: absolute;
      clip-path: inset(50%);
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
    }
    .scores tr,
    .scores th,
    .scores td {
      display: block;
      border: none;
      padding-inline-end: 0;
    }
    .scores tr {
      border-block-end: 1px solid ${t.colorBorder};
      padding-block: 0.5em;
    }
    .scores th,
    .scores td {
      padding-block: 0.15em;
    }
  }
  @media (forced-colors: active) {
    .score-bar span {
      border-color: CanvasText;
    }
    .score-bar .filled {
      background: CanvasText;
      forced-color-adjust: none;
    }
  }
  @media print {
    :host {
      padding: 0;
    }
    .nav,
    form,
    .own,
    wcg-error-summary,
    .file-errors-lead,
    .coaching-toggle,
    .new-tab {
      display: none !important;
    }
    .banner {
      border-style: solid;
    }
    .print-url {
      display: block;
      font-size: 0.9em;
    }
    .scores tr,
    .answers > li,
    .guidance li {
      break-inside: avoid;
    }
  }
`;
