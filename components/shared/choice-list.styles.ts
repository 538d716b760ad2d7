import { css } from 'lit';
import { tokens as t } from './tokens.styles.js';

/** A stage lead and a roomy list of checkboxes with hints, as the prepare checklist and the choose-topics stage use. */
export const choiceListStyles = css`
  .lead {
    font-size: 1.1em;
  }
  legend :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
  }
  .choice {
    margin-block: calc(${t.space} * 0.75);
  }
  .choice input {
    margin-block-start: 0.4em;
  }
  /* The label and the box are one target, at least 44px high. */
  .choice label {
    display: block;
    min-block-size: 44px;
    padding-block: 0.4em 0;
  }
  .choice .hint {
    margin-block-start: 0;
  }
`;
