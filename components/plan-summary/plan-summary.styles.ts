import { css } from 'lit';
import { paperStyles } from '../shared/paper.styles.js';
import { tokens as t } from '../shared/tokens.styles.js';

/**
 * Styles of `<wcg-plan-summary>`: a plain document on screen (title, facts, sections with a rule under each
 * heading), headings in a second language beside the first, and a print layout of one or two A4 pages.
 */
export const planSummaryStyles = css`
  .frame {
    max-inline-size: ${t.maxWidth};
  }
  .plan-header {
    margin-block-end: calc(${t.space} * 1.5);
  }
  h2,
  h3 {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.75em;
  }
  .second-language {
    font-weight: normal;
    color: ${t.colorSecondaryText};
    border-inline-start: 2px solid ${t.colorBorder};
    padding-inline-start: 0.75em;
  }
  .date {
    font-weight: bold;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em ${t.space};
    margin-block: 0 ${t.space};
  }
  .fact {
    display: contents;
  }
  .facts dt {
    font-weight: bold;
  }
  .facts dd {
    margin: 0;
  }
  .record-section {
    margin-block-start: calc(${t.space} * 1.5);
  }
  .record-section h3 {
    padding-block-end: 0.25em;
    border-block-end: 1px solid ${t.colorBorder};
  }
  .outcome-note {
    border-inline-start: 4px solid ${t.colorBorder};
    padding-inline-start: calc(${t.space} * 0.75);
  }
  @media (max-width: 30em) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-block-end: 0.5em;
    }
  }
  @media (forced-colors: active) {
    .second-language,
    .outcome-note {
      border-inline-start-color: CanvasText;
    }
  }
  ${paperStyles}
  @media print {
    .frame {
      max-inline-size: none;
    }
    .problems.warning,
    [part='config-errors'] {
      display: none;
    }
    .second-language {
      color: black;
    }
    .record-section {
      margin-block-start: 12pt;
      break-inside: avoid;
    }
    h2,
    h3 {
      break-after: avoid;
    }
  }
`;
