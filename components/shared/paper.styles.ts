import { css } from 'lit';

/** What every printable element does on paper first: black on white in 11pt, whatever theme the host page set on screen. */
export const paperStyles = css`
  @media print {
    :host {
      color: black;
      background: white;
      font-size: 11pt;
    }
  }
`;
