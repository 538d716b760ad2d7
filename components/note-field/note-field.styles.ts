import { css } from 'lit';
import { tokens as t } from '../shared/tokens.styles.js';

/** Styles of `<wcg-note-field>`: private and agreed notes look different, and not by colour alone. */
export const noteFieldStyles = css`
  .field {
    margin-block: ${t.space};
    padding: calc(${t.space} * 0.75);
    border: 2px dashed ${t.colorPrivate};
    border-radius: ${t.radius};
  }
  .field.agreed {
    border: 3px solid ${t.colorAgreed};
  }
  .badge {
    display: inline-block;
    font-size: 0.85em;
    font-weight: bold;
    padding-inline: 0.5em;
    margin-inline-start: 0.25em;
    border: 1px solid currentColor;
    border-radius: ${t.radius};
  }
  .private .badge {
    color: ${t.colorPrivate};
  }
  .agreed .badge {
    color: ${t.colorAgreed};
  }
  .description {
    color: ${t.colorSecondaryText};
    margin-block: 0 calc(${t.space} * 0.5);
  }
  .description-label {
    font-weight: bold;
  }
  @media print {
    .private {
      display: none;
    }
    textarea {
      border: none;
    }
  }
`;
