import { css } from 'lit';
import { tokens as t } from '../shared/tokens.styles.js';

/** Styles of `<wcg-config-preview>`: a heading, the language choice, and the conversation in a frame. */
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
  wcg-conversation {
    border: 2px solid ${t.colorBorder};
    border-radius: ${t.radius};
    padding: ${t.space};
  }
`;
