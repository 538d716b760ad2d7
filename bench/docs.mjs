// With --docs: puts the latest table and machine line into docs/performance.md, between two markers in
// the Benchmark section. Only that region changes; the file is read just before it is written, because
// other sections of the same file are written by other people.
import { readFileSync, writeFileSync } from 'node:fs';
import { baselineLine, machineLine, markdownTable, slowerSteps } from './report.mjs';

const docs = new URL('../docs/performance.md', import.meta.url);
const start = '<!-- bench:table:start -->';
const end = '<!-- bench:table:end -->';

/** Replaces the marked region with the table of `result`; returns a line saying what happened. */
export function writeDocs(result) {
  const text = readFileSync(docs, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return `docs/performance.md has no ${start} … ${end} region: left unchanged.`;
  const slower = slowerSteps(result).map((line) => line.replace(/^  /, '- '));
  const block = `${start}\n${markdownTable(result)}\n\n${slower.join('\n')}\n\n${baselineLine(result)}\n\nMeasured ${machineLine(result)}\n${end}`;
  writeFileSync(docs, text.slice(0, from) + block + text.slice(to + end.length));
  return 'docs/performance.md: Benchmark table updated.';
}
