import { html, nothing, svg, type TemplateResult } from 'lit';

// The report's charts, drawn as SVG by Lit templates: a bar chart and a monthly stacked column chart. A charting
// library would be larger than the whole guide (Observable Plot with d3 is about 100 KiB gzipped), and these two
// shapes need none of it. Every value is set through Lit bindings, never as markup text, so no HTML sink.
// Each chart is an image named by the one-sentence summary beside it; the table beside it holds the same facts.

/** One bar: a label and a count, or null when the count is hidden; `text` is shown instead of a bar when given. */
export interface Bar {
  label: string;
  value: number | null;
  text?: string;
}

/** One month's column: its two parts (null when hidden) and its total (null when hidden). */
export interface Column {
  label: string;
  first: number | null;
  second: number | null;
  total: number | null;
}

const width = 720;

// A round step for the axis: 1, 2 or 5 times a power of ten, about five ticks to the top.
function ticks(max: number): number[] {
  if (max <= 0) return [0];
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? power * 10;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
}

const number = (n: number, language: string) => n.toLocaleString(language);

/**
 * A horizontal bar chart, one bar a category, largest first as given. A hidden count has no bar, only the
 * hidden label, so it is never drawn as a guess.
 */
export function barChart(bars: readonly Bar[], labelledBy: string, hiddenLabel: string, language: string): TemplateResult {
  const labelWidth = 260;
  const rowHeight = 26;
  const top = 8;
  const height = top + bars.length * rowHeight + 24;
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const scale = (width - labelWidth - 70) / Math.max(max, ticks(max).at(-1) ?? 1);
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby=${labelledBy} preserveAspectRatio="xMinYMin meet">
    ${ticks(max).map(
      (tick) => svg`<line class="grid" x1=${labelWidth + tick * scale} x2=${labelWidth + tick * scale} y1=${top} y2=${height - 20}></line>
        <text class="axis" x=${labelWidth + tick * scale} y=${height - 6} text-anchor="middle">${number(tick, language)}</text>`,
    )}
    ${bars.map((bar, i) => {
      const y = top + i * rowHeight;
      const label = bar.label.length > 38 ? `${bar.label.slice(0, 37)}…` : bar.label;
      return svg`<text class="label" x=${labelWidth - 8} y=${y + 17} text-anchor="end">${label}</text>
        ${bar.value === null
          ? svg`<text class="hidden-value" x=${labelWidth + 4} y=${y + 17}>${bar.text ?? hiddenLabel}</text>`
          : svg`<rect class="bar" x=${labelWidth} y=${y + 4} width=${Math.max(bar.value * scale, bar.value > 0 ? 1 : 0)} height=${rowHeight - 8}></rect>
            <text class="value" x=${labelWidth + bar.value * scale + 6} y=${y + 17}>${bar.text ?? number(bar.value, language)}</text>`}`;
    })}
  </svg>`;
}

/**
 * Monthly columns of two stacked parts (completed below, declined hatched above). When a part is hidden but the
 * month's total is not, the column is drawn whole and plain; when the total is hidden, only the hidden label.
 */
export function columnChart(columns: readonly Column[], labelledBy: string, hiddenLabel: string, language: string): TemplateResult {
  const left = 56;
  const height = 280;
  const bottom = height - 30;
  const max = Math.max(1, ...columns.map((c) => c.total ?? 0));
  const top = ticks(max).at(-1) ?? 1;
  const scale = (bottom - 16) / Math.max(max, top);
  const slot = (width - left - 8) / Math.max(1, columns.length);
  const barWidth = Math.min(44, slot * 0.7);
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby=${labelledBy} preserveAspectRatio="xMinYMin meet">
    <defs>
      <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="second" width="6" height="6"></rect><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
    </defs>
    ${ticks(max).map(
      (tick) => svg`<line class="grid" x1=${left} x2=${width - 4} y1=${bottom - tick * scale} y2=${bottom - tick * scale}></line>
        <text class="axis" x=${left - 6} y=${bottom - tick * scale + 4} text-anchor="end">${number(tick, language)}</text>`,
    )}
    ${columns.map((c, i) => {
      const x = left + i * slot + (slot - barWidth) / 2;
      const mid = x + barWidth / 2;
      const label = svg`<text class="axis" x=${mid} y=${height - 10} text-anchor="middle">${c.label}</text>`;
      if (c.total === null) return svg`${label}<text class="hidden-value" x=${mid} y=${bottom - 6} text-anchor="middle">${hiddenLabel}</text>`;
      if (c.first === null || c.second === null) {
        return svg`${label}<rect class="bar whole" x=${x} y=${bottom - c.total * scale} width=${barWidth} height=${c.total * scale}></rect>`;
      }
      const h1 = c.first * scale;
      const h2 = c.second * scale;
      return svg`${label}<rect class="bar" x=${x} y=${bottom - h1} width=${barWidth} height=${h1}></rect>
        <rect x=${x} y=${bottom - h1 - h2} width=${barWidth} height=${h2} fill="url(#hatch)"></rect>`;
    })}
    <line class="baseline" x1=${left} x2=${width - 4} y1=${bottom} y2=${bottom}></line>
  </svg>`;
}

/** The key to a column chart: a swatch and a name for each part. */
export function columnKey(first: string, second: string, whole: string | typeof nothing = nothing): TemplateResult {
  return html`<ul class="key">
    <li><svg viewBox="0 0 16 16" aria-hidden="true"><rect class="bar" width="16" height="16"></rect></svg>${first}</li>
    <li><svg viewBox="0 0 16 16" aria-hidden="true">
      <defs><pattern id="hatch-key" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="second" width="6" height="6"></rect><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line></pattern></defs>
      <rect width="16" height="16" fill="url(#hatch-key)"></rect></svg>${second}</li>
    ${whole === nothing ? nothing : html`<li><svg viewBox="0 0 16 16" aria-hidden="true"><rect class="bar whole" width="16" height="16"></rect></svg>${whole}</li>`}
  </ul>`;
}
