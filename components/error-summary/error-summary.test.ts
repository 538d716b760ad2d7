import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { defineAllElements } from '../../src/define-all.js';
import type { ErrorSummarySelectDetail, WcgErrorSummary } from './error-summary.js';

const problems = [
  { target: 'what', text: 'Say what action 1 is, or remove it' },
  { target: 'when', text: 'The date to talk again must be after today' },
];

// The summary beside the fields it links to, as a parent element's shadow root would hold them.
// fixtureSync, because a plain div gives `fixture` nothing to await but an animation frame, which
// a test page in the background does not get while another file runs beside it.
async function summaryWithFields(): Promise<{ el: WcgErrorSummary; host: HTMLElement }> {
  defineAllElements();
  const host = fixtureSync<HTMLElement>(html`
    <div>
      <wcg-error-summary .heading=${'There is a problem'} .errors=${problems}></wcg-error-summary>
      <label for="what">What will be done?</label><input id="what" type="text" />
      <label for="when">When shall we talk again?</label><input id="when" type="date" />
    </div>
  `);
  const el = host.querySelector<WcgErrorSummary>('wcg-error-summary')!;
  await el.updateComplete;
  return { el, host };
}

function getLinks(el: WcgErrorSummary): HTMLAnchorElement[] {
  return [...el.shadowRoot!.querySelectorAll('a')];
}

describe('<wcg-error-summary>', () => {
  it('renders a heading and a link to each field', async () => {
    const { el } = await summaryWithFields();
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('There is a problem');
    expect(getLinks(el).map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
      ['#what', problems[0].text],
      ['#when', problems[1].text],
    ]);
  });

  it('is accessible', async () => {
    const { host } = await summaryWithFields();
    await expect(host).to.be.accessible();
  });

  it('shows nothing while there are no errors', async () => {
    defineAllElements();
    const el = await fixture<WcgErrorSummary>(html`<wcg-error-summary .heading=${'There is a problem'}></wcg-error-summary>`);
    expect(el.shadowRoot!.querySelector('.summary')).to.equal(null);
  });

  it('takes focus on its box, whose heading and list are an alert, as GOV.UK Frontend does', async () => {
    const { el } = await summaryWithFields();
    el.focus();
    const box = el.shadowRoot!.activeElement as HTMLElement;
    expect(box.classList.contains('summary')).to.equal(true);
    expect(box.getAttribute('tabindex')).to.equal('-1');
    const alert = box.querySelector('[role="alert"]')!;
    expect(alert.querySelector('#heading')!.textContent).to.equal('There is a problem');
    expect(alert.querySelectorAll('li')).to.have.length(problems.length);
  });

  it('puts its heading at the level it is given, h3 unless told', async () => {
    const { el } = await summaryWithFields();
    expect(el.shadowRoot!.querySelector('#heading')!.localName).to.equal('h3');
    el.headingLevel = 4;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#heading')!.localName).to.equal('h4');
  });

  it('announces the chosen field and focuses it in its own root', async () => {
    const { el } = await summaryWithFields();
    const selected = oneEvent(el, 'wcg-error-summary-select');
    getLinks(el)[1].click();
    const event = await selected;
    expect((event as CustomEvent<ErrorSummarySelectDetail>).detail).to.deep.equal({ target: 'when' });
    expect(event.composed).to.equal(false);
    expect(document.activeElement?.id).to.equal('when');
  });

  it('leaves focus to a listener that cancels the event', async () => {
    const { el, host } = await summaryWithFields();
    host.addEventListener('wcg-error-summary-select', (event) => event.preventDefault());
    getLinks(el)[0].click();
    expect(document.activeElement?.id).to.not.equal('what');
  });
});
