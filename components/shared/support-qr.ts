import type { TFunction } from 'i18next';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import { readableUrl, webHref } from './contact-links.js';
import { markedWith } from './marked-text.js';

// The trust's staff support page as a QR code, for staff with no work computer who read their copy of the plan or
// their preparation sheet on paper. The code holds the configured address and nothing else, never anything from
// the conversation. It is drawn as one SVG path from the code's modules, through Lit's templates: no markup is
// ever written as text.

/** A drawn code: its width in modules, and one path over every dark module. */
interface QrDrawing {
  readonly size: number;
  readonly path: string;
}

/** The modules of a code, as the encoder gives them. */
interface QrModules {
  readonly size: number;
  get(x: number, y: number): boolean;
}

// The light margin a reader needs around the code, in modules (ISO/IEC 18004 asks for 4).
const quietZone = 4;

// Each address is encoded once per page, however often the copy is drawn again.
const drawn = new Map<string, QrDrawing>();
const drawing = new Map<string, Promise<QrDrawing | undefined>>();

/** One path over the dark modules, a rectangle for each run of them along a row. */
export function modulePath(code: QrModules): string {
  const runs: string[] = [];
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (!code.get(x, y)) continue;
      let run = 1;
      while (x + run < code.size && code.get(x + run, y)) run++;
      runs.push(`M${x} ${y}h${run}v1h-${run}z`);
      x += run;
    }
  }
  return runs.join('');
}

// The encoder is loaded only where a code is drawn, so pages without one never fetch it.
async function draw(href: string): Promise<QrDrawing | undefined> {
  try {
    const { generate, correction } = await import('lean-qr');
    const code = generate(href, { minCorrectionLevel: correction.M });
    const result = { size: code.size, path: modulePath(code) };
    drawn.set(href, result);
    return result;
  } catch {
    // The address is written out under the code, so a page that cannot load the encoder still gives it.
    drawing.delete(href);
    return undefined;
  }
}

function codeImage({ size, path }: QrDrawing, label: string): TemplateResult {
  const side = size + quietZone * 2;
  return html`<svg class="qr-code" role="img" aria-label=${label} viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges">${svg`
    <rect width=${side} height=${side} fill="#fff"></rect>
    <path transform="translate(${quietZone} ${quietZone})" fill="#000" d=${path}></path>
  `}</svg>`;
}

/**
 * The staff support page's QR code with its caption ("Scan for staff support: …") and the address written out for
 * anyone who cannot scan, in the language of `t`; nothing when the trust gave no https:// address.
 */
export function renderSupportQr(url: string | undefined, t: TFunction): TemplateResult | typeof nothing {
  const web = url ? webHref(url) : undefined;
  if (web?.protocol !== 'https:') return nothing;
  const href = web.href;
  const label = t('summary:supportQr.label');
  const ready = drawn.get(href);
  let pending = drawing.get(href);
  if (!ready && !pending) drawing.set(href, (pending = draw(href)));
  const image = ready ? codeImage(ready, label) : until(pending!.then((d) => (d ? codeImage(d, label) : nothing)), nothing);
  const link = html`<a href=${href} dir="ltr">${readableUrl(web)}</a>`;
  return html`
    <figure class="support-qr" part="support-qr">
      ${image}
      <figcaption>${markedWith(t, 'summary:supportQr.caption', { url: link })}</figcaption>
    </figure>
  `;
}
