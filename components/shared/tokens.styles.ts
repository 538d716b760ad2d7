import { css } from 'lit';

/**
 * The theme's design tokens. Each is a CSS custom property a host page may set on `<wcg-conversation>`
 * (or any ancestor); the value after the comma is the calm NHS-style default. Children use these, never
 * raw colours, so one override reaches every part.
 */
export const tokens = {
  colorText: css`var(--wcg-color-text, #212b32)`,
  colorSecondaryText: css`var(--wcg-color-secondary-text, #4c6272)`,
  colorBackground: css`var(--wcg-color-background, #ffffff)`,
  colorSurface: css`var(--wcg-color-surface, #f0f4f5)`,
  colorPrimary: css`var(--wcg-color-primary, #005eb8)`,
  colorButton: css`var(--wcg-color-button, #007f3b)`,
  colorButtonText: css`var(--wcg-color-button-text, #ffffff)`,
  colorBorder: css`var(--wcg-color-border, #aeb7bd)`,
  colorFocus: css`var(--wcg-color-focus, #ffeb3b)`,
  colorError: css`var(--wcg-color-error, #d5281b)`,
  colorPrivate: css`var(--wcg-color-private, #4c6272)`,
  colorAgreed: css`var(--wcg-color-agreed, #007f3b)`,
  colorWarning: css`var(--wcg-color-warning, #ffb81c)`,
  colorSafety: css`var(--wcg-color-safety, #8a1538)`,
  fontFamily: css`var(--wcg-font-family, Arial, 'Helvetica Neue', Helvetica, sans-serif)`,
  fontSize: css`var(--wcg-font-size, 1.1875rem)`,
  fontSizePrompt: css`var(--wcg-font-size-prompt, 1.75rem)`,
  space: css`var(--wcg-space, 1rem)`,
  radius: css`var(--wcg-radius, 4px)`,
  maxWidth: css`var(--wcg-max-width, 48rem)`,
};
