// A host application as a trust's developer would write it: the package imported by name, one element on a
// form, in Welsh. Built by each bundler in scripts/consumers.test.mjs and driven in a browser there.
import 'wellbeing-conversation-guide';

const guide = document.createElement('wcg-conversation');
guide.setAttribute('lang', 'cy');
guide.setAttribute('name', 'wellbeing');
guide.setAttribute('required', '');
const seen = { ready: false, errors: [], records: [] };
window.hostSaw = seen;
guide.addEventListener('wcg-ready', () => (seen.ready = true));
guide.addEventListener('wcg-error', (event) => seen.errors.push(...event.detail.errors));
guide.addEventListener('wcg-complete', (event) => seen.records.push(event.detail.record));
document.querySelector('form').append(guide);
