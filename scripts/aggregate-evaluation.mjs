#!/usr/bin/env node
// Counts a trust's `wcg-evaluation` events per month, with small numbers suppressed.
//
//   node scripts/aggregate-evaluation.mjs [--json] [--dimensions dims.json] [events.jsonl | -]
//
// Reads one event a line (JSON lines) from the file named, or from standard input when none is named
// or the name is "-". Prints plain-text tables, or with --json the same numbers as JSON. Lines that are
// not valid events are counted and skipped; their content is never printed. No dependencies.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { addLine, createTotals, parseDimensions, publishable } from '../src/evaluation/index.js';
import { formatTables } from './aggregate-evaluation-lib.mjs';

const usage = `Usage: node scripts/aggregate-evaluation.mjs [--json] [--dimensions dims.json] [events.jsonl | -]

Reads wcg-evaluation events, one JSON object a line, from the file named or from standard input,
and prints per-month tables. Counts from 1 to 4 are hidden, and so are the cells that would give them away.

  --json                   print the numbers as JSON instead of tables
  --dimensions dims.json   the host's own dimensions and their allowed values (docs/evaluation.md)
  -h, --help               show this help
`;

function fail(message, code) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const args = process.argv.slice(2);
const dimensionsAt = args.indexOf('--dimensions');
const dimensionsFile = dimensionsAt >= 0 ? args.splice(dimensionsAt, 2)[1] : undefined;
const json = args.includes('--json');
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(usage);
  process.exit(0);
}
const unknown = args.filter((a) => a.startsWith('-') && a !== '-' && a !== '--json');
const files = args.filter((a) => a === '-' || !a.startsWith('-'));
if (unknown.length > 0 || files.length > 1) fail(`${unknown.length ? `Unknown option ${unknown[0]}.` : 'Give one file at most.'}\n\n${usage}`, 2);
const file = files[0] ?? '-';
if (file === '-' && process.stdin.isTTY) fail(`No events given: name a file, or pipe them in.\n\n${usage}`, 2);

const input = file === '-' ? process.stdin : createReadStream(file);
input.on('error', (error) => fail(`Could not read ${file}: ${error.code ?? error.message}`, 1));

let dimensions = {};
if (dimensionsAt >= 0) {
  if (!dimensionsFile) fail(`--dimensions needs a file.\n\n${usage}`, 2);
  let parsed;
  try {
    parsed = parseDimensions(JSON.parse(readFileSync(dimensionsFile, 'utf8')));
  } catch (error) {
    fail(`Could not read ${dimensionsFile}: ${error.code ?? 'not JSON'}`, 1);
  }
  if (!parsed.ok) fail(parsed.errors.map((e) => `${dimensionsFile}: ${e.path}: ${e.message}`).join('\n'), 1);
  dimensions = parsed.value;
}
const totals = createTotals(dimensions);
for await (const line of createInterface({ input, crlfDelay: Infinity })) addLine(totals, line);

const view = publishable(totals);
process.stdout.write(json ? `${JSON.stringify(view, null, 2)}\n` : formatTables(view));
