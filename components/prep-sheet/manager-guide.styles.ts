import { css } from 'lit';
import { tokens as t } from '../shared/tokens.styles.js';

/**
 * Styles of the manager's paper guide: numbered stages, topic cards, services and safety steps. On paper the
 * long parts run in columns at a small size, so with the blank plan page the guide fits on two to four A4 pages.
 */
export const managerGuideStyles = css`
  .stages,
  .topic-cards {
    list-style: none;
    padding: 0;
  }
  .stage,
  .topic-card {
    margin-block-end: ${t.space};
  }
  .stage h4 {
    font-size: 1.15em;
  }
  .ask,
  .gentler,
  .paper-note,
  .label {
    margin-block-end: 0.35em;
  }
  .label {
    font-weight: bold;
  }
  .item-hint {
    display: block;
  }
  .questions dt {
    font-weight: bold;
  }
  .questions dd {
    margin: 0 0 0.5em;
  }
  .safety {
    border-inline-start: 4px solid ${t.colorSafety};
    padding-inline-start: ${t.space};
  }
  .steps {
    padding-inline-start: 1.5em;
  }
  @media (forced-colors: active) {
    .safety {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    :host([audience='manager']) {
      font-size: 8pt;
      line-height: 1.25;
    }
    .stages,
    .topic-cards,
    .safety-paths,
    .safety .crisis-lines {
      columns: 2;
      column-gap: 7mm;
    }
    .service-groups {
      columns: 3;
      column-gap: 6mm;
    }
    /* On paper the guide keeps to what is said and done; the longer background stays on screen. */
    .topic-card .cultural-note,
    .service-groups .contact-detail.description {
      display: none;
    }
    .stage,
    .topic-card,
    .service-group,
    .safety-path {
      margin-block-end: 5pt;
      /* Cards may run on into the next column: keeping each whole leaves gaps that cost a page. */
      break-inside: auto;
    }
    h4 {
      margin-block-end: 2pt;
    }
    .label,
    .ask {
      break-after: avoid;
    }
    /* A crisis line on one or two lines: name, number, opening times. */
    .safety .contact-item {
      margin-block-end: 3pt;
    }
    .safety .crisis-lines .contact-item {
      display: flex;
      flex-flow: row wrap;
      column-gap: 0.6em;
    }
    .safety .crisis-lines {
      margin-block-end: 3pt;
    }
    .safety h4 {
      margin-block-start: 5pt;
    }
    .safety p,
    .safety-path p {
      margin-block-end: 3pt;
    }
    .part > h3 {
      margin-block-end: 5pt;
    }
    .ask,
    .gentler,
    .paper-note,
    .label,
    .stage-lead,
    .points,
    .steps,
    .questions dd {
      margin-block-end: 2pt;
    }
    .points li {
      margin-block-end: 1pt;
    }
    .safety {
      border-inline-start: none;
      padding: 0;
    }
  }
`;
