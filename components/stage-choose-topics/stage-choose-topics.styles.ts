import { css } from 'lit';
import { choiceListStyles } from '../shared/choice-list.styles.js';
import { tokens as t } from '../shared/tokens.styles.js';

/** Styles of `<wcg-stage-choose-topics>`: roomy checkboxes in headed groups, and a numbered order list that wraps at 320px. */
export const stageChooseTopicsStyles = [
  choiceListStyles,
  css`
  /* Each group sits under its heading with room above, so a short screen shows where one ends. */
  .topic-group {
    margin-block: ${t.space} 0;
  }
  .topic-group legend {
    padding-block-end: calc(${t.space} * 0.25);
  }
  .order {
    padding-inline-start: 1.75em;
  }
  .order li {
    padding-block: calc(${t.space} * 0.5);
    border-block-end: 1px solid ${t.colorBorder};
  }
  .order .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(${t.space} * 0.5);
  }
  .order .name {
    font-weight: bold;
  }
  .order .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: calc(${t.space} * 0.5);
  }
  .move:disabled {
    cursor: not-allowed;
    color: ${t.colorSecondaryText};
    border-style: dashed;
  }
  @media (forced-colors: active) {
    .move:disabled {
      color: GrayText;
      border-color: GrayText;
    }
  }
`,
];
