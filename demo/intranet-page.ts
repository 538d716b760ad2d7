// The intranet page's own script: registers the elements and tells the appraiser, in the page's own
// words (kept in the HTML), whether the wellbeing part of the form is ready to save.
import '../src/register.js';

const status = document.querySelector<HTMLElement>('#wellbeing-status')!;

document.querySelector<HTMLElement>('wcg-conversation')!.addEventListener('wcg-complete', (event) => {
  const declined = event.detail.record.outcome === 'declined';
  status.textContent = (declined ? status.dataset.declined : status.dataset.agreed) ?? '';
});
