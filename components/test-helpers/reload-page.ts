// The page the reload tests load in an iframe: one `<wcg-conversation persist="session">`, set up from the
// query string, and a note of anything that went wrong on the page, for the test to read.
//   ?name=<draft id>   the conversation's draft-id (required: each test uses its own)
//   &config=<url>      the trust config (`config-src`)
//   &review            open with a previous record, so the conversation reviews the last plan
import { defineAllElements } from '../../src/define-all.js';
import type { WcgConversation } from '../conversation/conversation.js';

/** What the page exposes to the test that loaded it. */
export interface ReloadPageWindow extends Window {
  /** Uncaught errors, rejections and console errors or warnings, in the order they happened. */
  pageProblems: string[];
}

/** The previous record the page opens with under `?review`: two actions to review. */
export const reloadPreviousRecord = {
  schemaVersion: 1,
  scriptVersion: '2026-11.1',
  outcome: 'completed',
  date: '2026-05-01',
  nation: 'england',
  language: 'en-GB',
  sections: ['actions'],
  actions: [
    { id: 'a1', text: 'Try the later shift pattern', owner: 'manager' },
    { id: 'a2', text: 'Book a session with occupational health', owner: 'staff', due: '2026-06-30' },
  ],
};

const page = window as unknown as ReloadPageWindow;
page.pageProblems = [];
window.addEventListener('error', (event) => page.pageProblems.push(`error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => page.pageProblems.push(`unhandled rejection: ${String(event.reason)}`));
for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    // Lit's development build says once that it is one; that is not a problem of the page.
    if (!String(args[0]).includes('Lit is in dev mode')) page.pageProblems.push(`console.${level}: ${args.map(String).join(' ')}`);
    original(...args);
  };
}

defineAllElements();
const params = new URLSearchParams(location.search);
const el = document.createElement('wcg-conversation') as WcgConversation;
el.persist = 'session';
el.name = 'wellbeing';
el.draftId = params.get('name') ?? 'reload-page';
if (params.has('config')) el.configSrc = params.get('config')!;
if (params.has('review')) el.previousRecord = reloadPreviousRecord;
// `wcg-ready` comes once the kept draft, if any, has been restored: the test waits for this mark.
// Once the later stages have arrived too: tests move on faster than a person would.
el.addEventListener('wcg-ready', () => {
  void el.stagesFetched().then(() => (document.documentElement.dataset.ready = 'true'));
});
document.body.append(el);
