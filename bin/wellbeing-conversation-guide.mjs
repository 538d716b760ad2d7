#!/usr/bin/env node
// `npx wellbeing-conversation-guide report events.jsonl --out report.html`: runs the built command line from the
// package, or the source in a checkout that has not been built.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
await import(existsSync(built) ? built.href : new URL('../scripts/report-cli.mjs', import.meta.url).href);
