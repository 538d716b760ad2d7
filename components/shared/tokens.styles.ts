import { css } from 'lit';

/**
 * The theme's design tokens. Each is a CSS custom property a host page may set on `<wcg-conversation>`
 * (or any ancestor); the value after the comma is the calm NHS-style default. Children use these, never
 * raw colours, so one override reaches every part. The comment on each is its description in
 * custom-elements.json and docs/api.md, for every element that documents `@cssproperty --wcg-*`.
 */
export const tokens = {
  /** Body text. */
  colorText: css`var(--wcg-color-text, #212b32)`,
  /** Hints and progress. */
  colorSecondaryText: css`var(--wcg-color-secondary-text, #4c6272)`,
  /** Background. */
  colorBackground: css`var(--wcg-color-background, #ffffff)`,
  /** Panels and guidance. */
  colorSurface: css`var(--wcg-color-surface, #f0f4f5)`,
  /** Links and accents. */
  colorPrimary: css`var(--wcg-color-primary, #005eb8)`,
  /** Main buttons. */
  colorButton: css`var(--wcg-color-button, #007f3b)`,
  /** Text on main buttons. */
  colorButtonText: css`var(--wcg-color-button-text, #ffffff)`,
  /** Borders. */
  colorBorder: css`var(--wcg-color-border, #aeb7bd)`,
  /** Focus highlight. */
  colorFocus: css`var(--wcg-color-focus, #ffeb3b)`,
  /** Errors. */
  colorError: css`var(--wcg-color-error, #d5281b)`,
  /** Private-note boxes. */
  colorPrivate: css`var(--wcg-color-private, #4c6272)`,
  /** Agreed-wording boxes. */
  colorAgreed: css`var(--wcg-color-agreed, #007f3b)`,
  /** Warnings. */
  colorWarning: css`var(--wcg-color-warning, #ffb81c)`,
  /** The safety button. */
  colorSafety: css`var(--wcg-color-safety, #8a1538)`,
  /** Font. */
  fontFamily: css`var(--wcg-font-family, Arial, 'Helvetica Neue', Helvetica, sans-serif)`,
  /** Base text size. Default note: 19px. */
  fontSize: css`var(--wcg-font-size, 1.1875rem)`,
  /** The prompt read out to the staff member. */
  fontSizePrompt: css`var(--wcg-font-size-prompt, 1.75rem)`,
  /** Spacing unit. */
  space: css`var(--wcg-space, 1rem)`,
  /** Corner radius. */
  radius: css`var(--wcg-radius, 4px)`,
  /** Widest line of content. */
  maxWidth: css`var(--wcg-max-width, 48rem)`,
};
