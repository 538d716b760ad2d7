import { css } from 'lit';
import { tokens as t } from '../shared/tokens.styles.js';

/**
 * Styles of the blank plan page: ruled tables, tick boxes and lines to write on. On paper it always starts a
 * new sheet and fills one A4 page.
 */
export const blankPlanStyles = css`
  .blank-plan {
    margin-block-start: calc(${t.space} * 2);
    border-block-start: 3px solid ${t.colorText};
    padding-block-start: ${t.space};
  }
  .blank-table {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block-end: ${t.space};
  }
  .blank-table caption {
    text-align: start;
    font-weight: bold;
    padding-block-end: 0.25em;
  }
  .blank-table th,
  .blank-table td {
    border: 1px solid ${t.colorText};
    padding: 0.25em 0.4em;
    text-align: start;
    vertical-align: top;
  }
  .blank-table tbody td {
    block-size: 2.6em;
  }
  .blank-table thead th {
    font-size: 0.85em;
  }
  .blank-table .wide {
    inline-size: 45%;
  }
  .blank-table .row-number,
  .blank-table thead td {
    inline-size: 0;
    padding: 0;
    border-inline-end: none;
  }
  .tick-list {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .blank-table .tick-list {
    flex-direction: column;
    font-size: 0.85em;
    margin: 0;
  }
  .tick-box {
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    border: 2px solid currentColor;
    vertical-align: -0.1em;
    margin-inline-end: 0.3em;
  }
  .write-field {
    display: flex;
    align-items: flex-end;
    gap: 0.5em;
    margin-block-end: ${t.space};
  }
  .write-label {
    font-weight: bold;
    margin: 0;
  }
  .write-space {
    flex: 1;
    min-inline-size: 6em;
    block-size: 1.8em;
    border-block-end: 1px solid ${t.colorText};
  }
  .write-block {
    margin-block-end: ${t.space};
  }
  .signatures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
    gap: 0 calc(${t.space} * 2);
  }
  @media (forced-colors: active) {
    .blank-table th,
    .blank-table td,
    .write-space {
      border-color: CanvasText;
    }
  }
  @media print {
    .blank-plan {
      break-before: page;
      border: none;
      margin: 0;
      padding: 0;
      font-size: 10pt;
    }
    .blank-table th,
    .blank-table td,
    .write-space,
    .line {
      border-color: black;
    }
    .blank-plan .hint {
      color: black;
    }
    .actions-table tbody td {
      block-size: 11mm;
    }
    .adjustments-table tbody td {
      block-size: 14mm;
    }
  }
`;
