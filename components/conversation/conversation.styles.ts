import { css } from 'lit';

/** Styles of `<wcg-conversation>`: a calm NHS-style default theme, every value a custom property. */
export const conversationStyles = css`
  :host {
    --wcg-color-text: #212b32;
    --wcg-color-background: #ffffff;
    --wcg-color-primary: #005eb8;
    --wcg-color-button: #007f3b;
    --wcg-color-button-text: #ffffff;
    --wcg-color-secondary-text: #4c6272;
    --wcg-color-focus: #ffeb3b;
    --wcg-color-border: #d8dde0;
    --wcg-font-family: Arial, 'Helvetica Neue', Helvetica, sans-serif;
    --wcg-font-size: 1.1875rem;
    --wcg-space: 1rem;
    display: block;
    box-sizing: border-box;
    color: var(--wcg-color-text);
    background: var(--wcg-color-background);
    font-family: var(--wcg-font-family);
    font-size: var(--wcg-font-size);
    line-height: 1.5;
    padding: var(--wcg-space);
  }
  h2 {
    font-size: 1.5em;
    line-height: 1.25;
    margin-block: 0 var(--wcg-space);
  }
  h2:focus {
    outline: none;
  }
  .progress {
    color: var(--wcg-color-secondary-text);
    margin-block: 0 calc(var(--wcg-space) / 2);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--wcg-space);
    margin-block-start: calc(var(--wcg-space) * 2);
  }
  button {
    font: inherit;
    min-block-size: 44px;
    padding: 0.5em 1em;
    border-radius: 4px;
    border: 2px solid transparent;
    cursor: pointer;
  }
  button.primary {
    background: var(--wcg-color-button);
    color: var(--wcg-color-button-text);
  }
  button.secondary {
    background: transparent;
    color: var(--wcg-color-primary);
    border-color: currentColor;
  }
  button:focus-visible {
    outline: 4px solid var(--wcg-color-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--wcg-color-text);
  }
`;
