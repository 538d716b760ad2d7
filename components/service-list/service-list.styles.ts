import { css } from 'lit';
import { tokens as t } from '../shared/tokens.styles.js';

/** Styles of `<wcg-service-list>`: one bordered card per service, contact details that wrap at 320px. */
export const serviceListStyles = css`
  .services {
    list-style: none;
    padding: 0;
    margin-block: calc(${t.space} * 0.5) 0;
  }
  .service {
    border: 1px solid ${t.colorBorder};
    border-inline-start: 4px solid ${t.colorPrimary};
    padding: calc(${t.space} * 0.75) ${t.space};
    margin-block-end: ${t.space};
    background: ${t.colorBackground};
  }
  .service > :last-child {
    margin-block-end: 0;
  }
  .category {
    color: ${t.colorSecondaryText};
    font-size: 0.9em;
    margin-block-end: 0.25em;
  }
  .name {
    font-weight: bold;
    font-size: 1.1em;
    margin-block-end: 0.5em;
  }
  .contact {
    margin-block: 0 calc(${t.space} * 0.5);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5em;
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0;
    min-inline-size: 0;
  }
  .contact a {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
  }
  .choice {
    margin-block: 0.5em 0;
  }
  /* The box is the base size (1.5em of the text); the margin keeps the label's 44px row. */
  .choice input[type='checkbox'] {
    margin-block: 0.3em;
  }
  .choice label {
    display: flex;
    align-items: center;
    min-block-size: 44px;
    cursor: pointer;
  }
  .choice input:disabled + label {
    cursor: default;
  }
  @media (forced-colors: active) {
    .service {
      border-color: CanvasText;
    }
  }
`;
