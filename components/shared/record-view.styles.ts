import { css } from 'lit';

/** Styles of the record's parts (`renderRecordPart`): lists, the staff member's own words, and answers to questions. */
export const recordViewStyles = css`
  .copy-list {
    padding-inline-start: 1.25em;
  }
  .copy-list li {
    margin-block-end: 0.4em;
  }
  .detail {
    display: block;
    white-space: pre-line;
  }
  .agreed {
    white-space: pre-line;
  }
  .copy-contact {
    margin: 0.2em 0 0;
  }
  .copy-contact .contact-row {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  .copy-contact dt {
    font-weight: bold;
  }
  .copy-contact dd {
    margin: 0;
  }
  .copy-answers dt {
    font-weight: bold;
  }
  .copy-answers dd {
    margin-inline-start: 0;
    margin-block-end: 0.75em;
  }
  @media print {
    li,
    dd {
      break-inside: avoid;
    }
  }
`;
