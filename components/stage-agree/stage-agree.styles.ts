import { css } from 'lit';
import { tokens as t } from '../shared/tokens.styles.js';

/**
 * Styles of `<wcg-stage-agree>`: GOV.UK summary cards. Rows stack on narrow screens and sit side by side
 * when the element itself is wide enough, wherever the host page puts it.
 */
export const stageAgreeStyles = css`
  :host {
    container-type: inline-size;
  }
  .private-notes {
    border-inline-start: 4px solid ${t.colorPrivate};
    padding-inline-start: calc(${t.space} * 0.75);
  }
  .card {
    border: 1px solid ${t.colorBorder};
    margin-block: 0 calc(${t.space} * 1.5);
  }
  .card-title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0 ${t.space};
    background: ${t.colorSurface};
    border-block-end: 1px solid transparent;
    padding-block: calc(${t.space} * 0.25);
    padding-inline: ${t.space};
  }
  .card-title .h-section {
    margin: 0;
  }
  /* Change beside a short heading, or on a line of its own below a long one: its word lines up with the
     heading's start (as a topic's Change does with the topic's name) and, beside it, with the card's inner
     edge. The padding stays, so the button is as easy to press. */
  .card-title button {
    margin-inline: -0.25em;
  }
  .summary-list {
    margin: 0;
    padding-inline: ${t.space};
  }
  .row {
    padding-block: calc(${t.space} * 0.75);
    border-block-end: 1px solid ${t.colorBorder};
  }
  dt {
    font-weight: bold;
    margin-block-end: 0.25em;
  }
  dd {
    margin: 0;
  }
  dd p {
    margin-block: 0 0.25em;
    /* Agreed wording keeps the line breaks it was typed with. */
    white-space: pre-line;
  }
  .row-action button {
    margin-inline-start: -0.25em;
  }
  .consent {
    padding-block: calc(${t.space} * 0.5);
    padding-inline: ${t.space};
    margin: 0;
    align-items: center;
  }
  .consent label {
    font-weight: bold;
  }
  .count {
    font-weight: bold;
    font-size: 1.1em;
  }
  @container (min-width: 36rem) {
    .row {
      display: grid;
      grid-template-columns: 2fr 3fr auto;
      gap: ${t.space};
    }
    dt {
      margin: 0;
    }
  }
  @media (forced-colors: active) {
    .card-title {
      border-block-end-color: CanvasText;
    }
    .private-notes {
      border-inline-start-color: CanvasText;
    }
  }
`;
