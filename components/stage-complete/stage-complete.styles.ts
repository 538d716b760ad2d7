import { css } from 'lit';
import { paperStyles } from '../shared/paper.styles.js';
import { tokens as t } from '../shared/tokens.styles.js';

/**
 * Styles of `<wcg-stage-complete>`: an NHS confirmation panel, the staff copy as a plain document (its parts styled
 * by `recordViewStyles`), and a print layout that keeps the copy alone, black on white, each section on one page
 * where it fits.
 */
export const stageCompleteStyles = css`
  .panel {
    background: ${t.colorAgreed};
    color: ${t.colorButtonText};
    border: 4px solid transparent;
    padding: calc(${t.space} * 1.5);
    margin-block: 0 calc(${t.space} * 1.5);
    text-align: center;
  }
  .panel-title {
    font-size: 1.75em;
    margin-block-end: calc(${t.space} * 0.5);
  }
  .panel p {
    margin: 0;
  }
  .notes-deleted {
    border-inline-start: 4px solid ${t.colorPrivate};
    padding-inline-start: calc(${t.space} * 0.75);
  }
  .staff-copy {
    border: 1px solid ${t.colorBorder};
    padding: ${t.space};
    margin-block: 0 ${t.space};
  }
  .copy-section {
    margin-block-start: calc(${t.space} * 1.25);
  }
  .copy-section .h-subsection {
    font-size: 1.1em;
    padding-block-end: 0.25em;
    border-block-end: 1px solid ${t.colorBorder};
  }
  @media (forced-colors: active) {
    .panel {
      border-color: CanvasText;
    }
    .notes-deleted {
      border-inline-start-color: CanvasText;
    }
  }
  ${paperStyles}
  @media print {
    .panel,
    .notes-deleted,
    .copy-hint {
      display: none;
    }
    .staff-copy {
      border: none;
      padding: 0;
      margin: 0;
    }
    .copy-section {
      break-inside: avoid;
    }
    .h-section,
    .h-subsection {
      break-after: avoid;
    }
  }
`;
