import { css } from 'lit';
import { tokens as t } from '../shared/tokens.styles.js';

/** The report's layout on screen and on A4 paper. */
export const evaluationReportStyles = css`
  :host {
    max-width: 60rem;
  }
  h1 {
    font-size: 2rem;
    line-height: 1.2;
    margin-block: 0 ${t.space};
  }
  .measure {
    margin-block: calc(${t.space} * 2);
    break-inside: avoid;
  }
  .summary {
    font-weight: bold;
  }
  .legend,
  .note,
  .hint {
    color: ${t.colorSecondaryText};
  }
  figure {
    margin: 0 0 ${t.space};
  }
  .chart {
    display: block;
    inline-size: 100%;
    block-size: auto;
    max-inline-size: 45rem;
    font-family: ${t.fontFamily};
    font-size: 14px;
  }
  .chart text {
    fill: ${t.colorText};
  }
  .chart .axis {
    font-size: 12px;
  }
  .chart .grid {
    stroke: #d8dde0;
  }
  .chart .baseline {
    stroke: ${t.colorText};
  }
  .bar {
    fill: ${t.colorPrimary};
  }
  .bar.whole {
    fill: #4c6272;
  }
  .second {
    fill: #768692;
  }
  .hatch-line {
    stroke: #ffffff;
    stroke-width: 2;
  }
  .key {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space};
    list-style: none;
    padding: 0;
    margin: 0 0 ${t.space};
  }
  .key svg {
    inline-size: 1rem;
    block-size: 1rem;
    margin-inline-end: 0.4rem;
    vertical-align: -0.15rem;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875rem;
    margin-block-end: ${t.space};
  }
  caption {
    text-align: start;
    font-weight: bold;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    border-block-end: 1px solid ${t.colorBorder};
    padding: 0.25rem 0.5rem;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  th[scope='row'] {
    text-align: start;
    font-weight: normal;
  }
  tfoot th,
  tfoot td {
    font-weight: bold;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .filters,
  .source {
    background: ${t.colorSurface};
    padding: ${t.space};
    margin-block: ${t.space};
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 ${t.space};
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space};
  }
  legend {
    font-weight: bold;
    margin-block-end: 0.5rem;
  }
  label {
    display: block;
  }
  .source input {
    display: block;
    margin-block-end: ${t.space};
  }
  .problems {
    border-inline-start: 4px solid ${t.colorError};
    padding-inline-start: ${t.space};
  }
  @media print {
    :host {
      max-width: none;
      font-size: 11pt;
    }
    .filters,
    .source {
      display: none;
    }
    .chart {
      max-inline-size: 16cm;
    }
    .table-wrap {
      overflow: visible;
    }
    table {
      font-size: 8.5pt;
    }
    th,
    td {
      padding: 0.1rem 0.3rem;
    }
    .measure {
      margin-block: 1rem;
    }
  }
`;
