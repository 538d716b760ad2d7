// The follow-up page's own script: what an HR portal might do with a plan it stored last time.
import '../src/register.js';
import type { WcgConversation } from '../components/conversation/conversation.js';
import type { WcgPlanSummary } from '../components/plan-summary/plan-summary.js';
import type { WcgPrepSheet } from '../components/prep-sheet/prep-sheet.js';
import type { TrustConfigFile } from '../src/content/trust-config.js';
import { damagedRecord, storedRecord } from './stored-record.js';

const params = new URLSearchParams(location.search);
const summary = document.querySelector<WcgPlanSummary>('wcg-plan-summary')!;
const sheets = [...document.querySelectorAll<WcgPrepSheet>('wcg-prep-sheet')];
const guide = document.querySelector<WcgConversation>('wcg-conversation')!;

summary.record = params.has('damaged') ? damagedRecord : storedRecord;
// The next conversation opens by reviewing last time's actions (the element reads them from the record).
guide.previousRecord = storedRecord;

// The trust's config, fetched once for the elements that take it as a property.
const response = await fetch(new URL('./configs/anytown-acute-trust.json', import.meta.url));
const config: TrustConfigFile | undefined = response.ok ? await response.json() : undefined;
summary.config = config;
for (const sheet of sheets) sheet.config = config;
