import { css } from 'lit';
import { paperStyles } from '../shared/paper.styles.js';
import { tokens as t } from '../shared/tokens.styles.js';

/**
 * Styles every preparation sheet shares: a plain document on screen, contact lists with the numbers written out,
 * lines to write on (paper only), and the print layout: black on white on A4, the button and admin panels hidden.
 */
export const prepSheetStyles = css`
  .frame {
    max-inline-size: ${t.maxWidth};
  }
  .sheet-header {
    margin-block-end: calc(${t.space} * 1.5);
  }
  /* The same words as the screen's notice, bordered so it stands out in black and white on paper too. */
  .unreviewed {
    border-inline-start: 4px solid currentColor;
    padding-inline-start: ${t.space};
    font-weight: bold;
  }
  .from {
    font-weight: bold;
    color: ${t.colorSecondaryText};
  }
  .lead {
    font-size: 1.1em;
  }
  .sheet-section,
  .part {
    margin-block-start: calc(${t.space} * 1.5);
  }
  .sheet-section h3,
  .part > h3 {
    padding-block-end: 0.25em;
    border-block-end: 1px solid ${t.colorBorder};
  }
  .points {
    list-style: disc;
    padding-inline-start: 1.25em;
  }
  .points li {
    margin-block-end: 0.35em;
  }
  .topic-list {
    margin: 0 0 ${t.space};
  }
  .topic {
    margin-block-end: 0.6em;
  }
  .topic dt {
    font-weight: bold;
  }
  .topic dd {
    margin: 0;
  }
  .then {
    font-weight: bold;
  }
  .contacts {
    list-style: none;
    padding: 0;
  }
  .contact-item {
    display: flex;
    flex-direction: column;
    margin-block: 0 0.75em;
  }
  .contact-name {
    font-weight: bold;
  }
  .contact-ways {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1em;
  }
  .number {
    font-weight: bold;
    white-space: nowrap;
  }
  .contact-ways a {
    display: inline-block;
    min-block-size: 44px;
    padding-block: 0.5em;
  }
  .contact-detail,
  .checked {
    color: ${t.colorSecondaryText};
  }
  .contact-label {
    font-weight: bold;
  }
  .note p {
    margin-block: 0;
  }
  .note {
    border-inline-start: 4px solid ${t.colorPrimary};
    background: ${t.colorSurface};
    padding: calc(${t.space} * 0.5) calc(${t.space} * 0.75);
  }
  .print-only {
    display: none;
  }
  .line {
    block-size: 2.2em;
    border-block-end: 1px solid ${t.colorText};
  }
  @media (forced-colors: active) {
    .note {
      border-inline-start-color: CanvasText;
    }
    .line {
      border-block-end-color: CanvasText;
    }
  }
  ${paperStyles}
  @media print {
    :host {
      line-height: 1.35;
    }
    .frame {
      max-inline-size: none;
    }
    [part='config-errors'] {
      display: none;
    }
    .print-only {
      display: block;
    }
    .from,
    .contact-detail,
    .checked,
    .hint {
      color: black;
    }
    a {
      color: black;
      text-decoration: none;
    }
    .contact-ways a {
      min-block-size: 0;
      padding: 0;
    }
    .note {
      background: none;
      border-inline-start-color: black;
    }
    .sheet-section,
    .part {
      margin-block-start: 8pt;
    }
    .points li {
      margin-block-end: 1pt;
    }
    .topic,
    .contact-item {
      margin-block-end: 4pt;
    }
    .topic-list,
    .crisis-lines {
      columns: 2;
      column-gap: 8mm;
    }
    .contact-item,
    .topic,
    li {
      break-inside: avoid;
    }
    h2,
    h3,
    h4 {
      break-after: avoid;
    }
    .line {
      block-size: 8mm;
      border-block-end-color: black;
    }
  }
`;
