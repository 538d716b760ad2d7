// The package's command line (bin/wellbeing-conversation-guide.mjs runs this, or its build in dist/cli.js).
//
//   npx wellbeing-conversation-guide report events.jsonl --out report.html [--dimensions dims.json] [--lang cy]
//
// Reads the evaluation events (one JSON object a line; "-" for standard input), aggregates and suppresses them
// with src/evaluation, and writes the report as one HTML file that opens offline, makes no request and prints
// on A4. Only the published numbers go into the file, never the events.
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { addLine, createTotals, parseDimensions, publishable } from '../src/evaluation/index.js';
import { reportBundle, reportHtml } from './report-html.mjs';

const usage = `Usage: wellbeing-conversation-guide report <events.jsonl | -> --out report.html [--dimensions dims.json] [--lang en-GB|cy]

Writes the evaluation report as one self-contained HTML file. Counts from 1 to 4 are hidden, and so are
the numbers that would let anyone work one out.
`;
const titles = { 'en-GB': 'Wellbeing conversations: evaluation report', cy: 'Sgyrsiau llesiant: adroddiad gwerthuso' };

function fail(message, code) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, dimensions: { type: 'string' }, lang: { type: 'string', default: 'en-GB' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  fail(`${error.message}\n\n${usage}`, 2);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(usage);
  process.exit(0);
}
const [command, file, ...extra] = positionals;
if (command !== 'report' || !file || extra.length > 0 || !values.out) fail(usage, 2);
if (values.lang !== 'en-GB' && values.lang !== 'cy') fail(`--lang is en-GB or cy.\n\n${usage}`, 2);

let dimensions = {};
if (values.dimensions) {
  let result;
  try {
    result = parseDimensions(JSON.parse(readFileSync(values.dimensions, 'utf8')));
  } catch (error) {
    fail(`Could not read ${values.dimensions}: ${error.code ?? 'not JSON'}`, 1);
  }
  if (!result.ok) fail(result.errors.map((e) => `${values.dimensions}: ${e.path}: ${e.message}`).join('\n'), 1);
  dimensions = result.value;
}

const input = file === '-' ? process.stdin : createReadStream(file);
input.on('error', (error) => fail(`Could not read ${file}: ${error.code ?? error.message}`, 1));
const totals = createTotals(dimensions);
for await (const line of createInterface({ input, crlfDelay: Infinity })) addLine(totals, line);
const view = publishable(totals);
writeFileSync(values.out, reportHtml(view, { bundle: await reportBundle(), lang: values.lang, title: titles[values.lang] }));
const skipped = view.invalidLines > 0 ? `; ${view.invalidLines} invalid line${view.invalidLines === 1 ? '' : 's'} skipped` : '';
process.stdout.write(`Wrote ${values.out}: ${view.months.length} month${view.months.length === 1 ? '' : 's'}${skipped}.\n`);
