import { waitUntil } from '@open-wc/testing';
import jsQRModule from 'jsqr';

// Reading a QR code the way a phone camera does: from its pixels. The code is drawn to a canvas, then decoded.

// jsQR is CommonJS, served bundled (scripts/commonjs-bundle-plugin.mjs): its function is the module's `default`.
const jsQR = (jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule;

/** The staff support QR code's image in `root`, once drawn: the encoder is loaded on demand. */
export async function getSupportQr(root: ParentNode): Promise<SVGSVGElement> {
  await waitUntil(() => root.querySelector('.support-qr svg'), 'the staff support QR code was not drawn');
  return root.querySelector<SVGSVGElement>('.support-qr svg')!;
}

/** What the QR code `svg` says, read from its pixels at `side` pixels square; undefined when it cannot be read. */
export async function decodeQr(svg: SVGSVGElement, side = 400): Promise<string | undefined> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(side));
  copy.setAttribute('height', String(side));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  const image = new Image();
  try {
    image.src = url;
    await image.decode();
  } finally {
    URL.revokeObjectURL(url);
  }
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = side;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(image, 0, 0, side, side);
  return jsQR(context.getImageData(0, 0, side, side).data, side, side)?.data;
}
