import { css } from 'lit';
import { tokens as t } from '../shared/tokens.styles.js';

/**
 * Styles of `<wcg-stage-plan>`: each action or change in its own bordered box, fields full width on a
 * phone, radios in a row where there is room. Sized by the element's own width, not the window's, because
 * a host portal may put it in a narrow column.
 */
export const stagePlanStyles = css`
  :host {
    container-type: inline-size;
  }
  .list,
  .services,
  .review-date {
    margin-block-end: calc(${t.space} * 2);
  }
  .row {
    border: 2px solid ${t.colorBorder};
    border-radius: ${t.radius};
    padding: ${t.space};
    margin-block-end: ${t.space};
  }
  .row-legend {
    font-size: 1.1em;
    padding-inline: 0.25em;
  }
  .field {
    margin-block-end: ${t.space};
  }
  .field label {
    display: block;
  }
  input.text,
  textarea {
    display: block;
    inline-size: 100%;
    max-inline-size: 36em;
  }
  input.date {
    display: block;
    min-block-size: 44px;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(${t.space} * 1.5);
  }
  .choice {
    align-items: center;
    min-block-size: 44px;
  }
  .choice label {
    cursor: pointer;
  }
  .services ul {
    padding-inline-start: 1.25em;
  }
  @container (max-width: 30em) {
    input.date,
    button {
      inline-size: 100%;
    }
    .choices {
      flex-direction: column;
    }
  }
`;
