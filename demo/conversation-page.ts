// The demo page's own script: what a host page might do around the widget.
import '../src/register.js';
import type { WcgConversation } from '../components/conversation/conversation.js';

const guide = document.querySelector<WcgConversation>('wcg-conversation')!;
const received = document.querySelector<HTMLElement>('#received')!;
const params = new URLSearchParams(location.search);

// ?share-screen turns the screen to the staff member; ?nation=wales picks another directory.
if (params.has('share-screen')) guide.shareScreen = true;
const nation = params.get('nation');
if (nation === 'england' || nation === 'wales' || nation === 'scotland' || nation === 'northern-ireland') guide.nation = nation;
// ?config=hafren uses the Welsh health board's config (its services have Welsh text) instead of the English trust's.
if (params.get('config') === 'hafren') guide.configSrc = new URL('./configs/hafren-valley-health-board.json', import.meta.url).pathname;
// ?lang=cy shows the manager's screens in Welsh; ?staff-lang=ur adds the staff member's language beside the prompts.
const lang = params.get('lang');
if (lang) guide.lang = lang;
const staffLang = params.get('staff-lang');
if (staffLang) guide.staffLang = staffLang;
// ?persist=session keeps an encrypted draft on this device, so a reload carries on where it was. A draft
// belongs to one conversation, which the host names: a real portal gives its own appraisal id.
if (params.get('persist') === 'session') {
  guide.draftId = 'demo-appraisal-0001';
  guide.persist = 'session';
}

guide.addEventListener('wcg-complete', (event) => {
  received.hidden = false;
  received.querySelector('pre')!.textContent = JSON.stringify(event.detail.record, null, 2);
});
