#!/usr/bin/env node
// Counts a trust's `wcg-evaluation` events per month, with small numbers suppressed.
//
//   node scripts/aggregate-evaluation.mjs [--json] [events.jsonl | -]
//
// Reads one event a line (JSON lines) from the file named, or from standard input when none is named
// or the name is "-". Prints plain-text tables, or with --json the same numbers as JSON. Lines that are
// not valid events are counted and skipped; their content is never printed. No dependencies.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { addLine, createTotals, formatTables, publishable } from './aggregate-evaluation-lib.mjs';

const usage = `Usage: node scripts/aggregate-evaluation.mjs [--json] [events.jsonl | -]

Reads wcg-evaluation events, one JSON object a line, from the file named or from standard input,
and prints per-month tables. Counts from 1 to 4 are shown as "<5".

  --json      print the numbers as JSON instead of tables
  -h, --help  show this help
`;

function fail(message, code) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const args = process.argv.slice(2);
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

const totals = createTotals();
for await (const line of createInterface({ input, crlfDelay: Infinity })) addLine(totals, line);

const view = publishable(totals);
process.stdout.write(json ? `${JSON.stringify(view, null, 2)}\n` : formatTables(view));
