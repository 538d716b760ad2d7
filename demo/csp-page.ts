// The strict-policy page's own script (a file, as the policy allows no inline script): registers the
// elements, lists any policy violation as it happens, and shows the record the host page receives.
import '../src/register.js';

const summary = document.querySelector<HTMLElement>('#violations')!;
const list = document.querySelector<HTMLUListElement>('#violation-list')!;
const received = document.querySelector<HTMLElement>('#received')!;
let count = 0;

function showCount(): void {
  summary.textContent = count === 0 ? (summary.dataset.none ?? '') : `${summary.dataset.some ?? ''} ${count}`;
}

document.addEventListener('securitypolicyviolation', (event) => {
  count += 1;
  const item = document.createElement('li');
  item.textContent = `${event.effectiveDirective} ${event.blockedURI || event.sourceFile}`;
  list.append(item);
  showCount();
});

document.querySelector<HTMLElement>('wcg-conversation')!.addEventListener('wcg-complete', (event) => {
  received.hidden = false;
  received.querySelector('pre')!.textContent = JSON.stringify(event.detail.record, null, 2);
});

showCount();
