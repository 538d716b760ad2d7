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
  /* A date's boxes, GOV.UK's widths: the day and the month for 2 numbers, the year for 4. They sit in a row,
     which wraps at a large text size rather than push the page sideways. */
  .date-boxes {
    display: flex;
    flex-wrap: wrap;
    gap: calc(${t.space} * 0.5) ${t.space};
    margin-block-start: 0.25em;
  }
  .date legend {
    padding: 0;
  }
  .date-box label {
    font-weight: normal;
  }
  input.date-part {
    display: block;
    min-block-size: 44px;
    inline-size: 5.4ex;
  }
  input.date-part.year {
    inline-size: 9ex;
  }
  /* Only the boxes at fault are red, not every box of a date with an error. */
  .has-error input.date-part:not([aria-invalid='true']) {
    border-color: ${t.colorText};
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
    button {
      inline-size: 100%;
    }
    .choices {
      flex-direction: column;
    }
  }
`;
