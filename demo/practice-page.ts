// The practice page's own script: what a training site might do around the element.
import '../src/register.js';
import type { WcgPractice } from '../components/practice/practice.js';

const practice = document.querySelector<WcgPractice>('wcg-practice')!;
const received = document.querySelector<HTMLElement>('#received')!;
const params = new URLSearchParams(location.search);

// ?scenario-src=… offers a trainer's own file (on this site) beside the built-in scenarios.
const src = params.get('scenario-src');
if (src) practice.scenarioSrc = src;

practice.addEventListener('wcg-practice-complete', (event) => {
  received.hidden = false;
  received.querySelector('pre')!.textContent = JSON.stringify(event.detail, null, 2);
});
