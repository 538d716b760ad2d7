import { css } from 'lit';
import { tokens as t } from '../shared/tokens.styles.js';

/** Styles of `<wcg-config-preview>`: a heading, the language choice, the problems, and the conversation in a frame. */
export const configPreviewStyles = css`
  .language {
    margin-block-end: ${t.space};
  }
  .language label {
    display: block;
  }
  select {
    min-block-size: 44px;
  }
  .problems {
    border-inline-start: 5px solid ${t.colorError};
    padding-inline-start: ${t.space};
    margin-block-end: ${t.space};
  }
  .problems.warnings {
    border-inline-start-color: ${t.colorWarning};
  }
  .problems h3 {
    margin-block-start: 0;
  }
  /* The guide's own list names each setting as the file does, for developers; the list above says it in the form's words. */
  wcg-conversation::part(config-errors) {
    display: none;
  }
  wcg-conversation {
    border: 2px solid ${t.colorBorder};
    border-radius: ${t.radius};
    padding: ${t.space};
  }
`;
