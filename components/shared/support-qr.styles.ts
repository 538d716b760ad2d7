import { css } from 'lit';

/** Styles of the staff support page's QR code (`renderSupportQr`): black on white everywhere, big enough to scan from paper. */
export const supportQrStyles = css`
  .support-qr {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 1.5em 0 0;
    break-inside: avoid;
  }
  .support-qr .qr-code {
    flex: none;
    inline-size: 8rem;
    block-size: 8rem;
    /* A reader needs dark modules on a light ground: forced colours must not turn them round. */
    forced-color-adjust: none;
  }
  .support-qr figcaption {
    flex: 1 1 12em;
    overflow-wrap: anywhere;
  }
  @media print {
    .support-qr .qr-code {
      inline-size: 30mm;
      block-size: 30mm;
    }
  }
`;
