import { expect, html } from '@open-wc/testing';
import type { Service } from '../../src/content/types.js';
import { conversationFixture, getText, testConfig } from '../test-helpers/conversation-fixture.js';
import type { WcgServiceList } from './service-list.js';

const [eap, ohs] = testConfig.services;

function getLinks(el: WcgServiceList): string[] {
  return [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
}

function getCheckbox(el: WcgServiceList, index: number): HTMLInputElement {
  return el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[index];
}

async function toggle(el: WcgServiceList, index: number): Promise<void> {
  getCheckbox(el, index).click();
  await el.updateComplete;
}

describe('<wcg-service-list>', () => {
  it('renders each service with its category, name, description and opening times', async () => {
    const service: Service = { ...eap, description: 'Talk to a counsellor in confidence.' };
    const { el } = await conversationFixture<WcgServiceList>(html`<wcg-service-list .services=${[service, ohs]}></wcg-service-list>`);
    const items = el.shadowRoot!.querySelectorAll('[part="service"]');
    expect(items).to.have.length(2);
    const first = items[0].textContent!.replace(/\s+/g, ' ');
    expect(first).to.contain('Staff support and counselling');
    expect(first).to.contain('Staff support line');
    expect(first).to.contain('Talk to a counsellor in confidence.');
    expect(first).to.contain('Opening times');
    expect(first).to.contain('Every day, 8am to 8pm');
    expect(items[1].textContent).to.contain('Occupational health');
  });

  it('is accessible', async () => {
    const { el } = await conversationFixture<WcgServiceList>(html`<wcg-service-list selectable .services=${[eap, ohs]}></wcg-service-list>`);
    await expect(el).to.be.accessible();
  });

  it('links phone numbers with digits only, and email and web addresses in the same tab', async () => {
    const { el } = await conversationFixture<WcgServiceList>(html`<wcg-service-list .services=${[eap, ohs]}></wcg-service-list>`);
    expect(getLinks(el)).to.deep.equal(['tel:01632960000', 'mailto:oh@example.nhs.uk', 'https://example.nhs.uk/oh']);
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).to.deep.equal(['01632 960000', 'oh@example.nhs.uk', 'example.nhs.uk/oh']);
    expect(links.every((a) => !a.hasAttribute('target'))).to.equal(true);
    // Read left to right even on a right-to-left page, so a number is never shown back to front.
    expect(links.every((a) => a.dir === 'ltr')).to.equal(true);
  });

  it('keeps a leading + on international numbers and allows http addresses', async () => {
    const service: Service = { id: 'x', category: 'tradeUnion', name: 'Union', phone: '+44 (20) 7946-0000', url: 'http://union.example.org/' };
    const { el } = await conversationFixture<WcgServiceList>(html`<wcg-service-list .services=${[service]}></wcg-service-list>`);
    expect(getLinks(el)).to.deep.equal(['tel:+442079460000', 'http://union.example.org/']);
  });

  it('never turns a javascript:, data: or odd address into a link', async () => {
    const service: Service = {
      id: 'bad',
      category: 'hrPolicies',
      name: 'HR',
      url: 'javascript:alert(1)',
      email: 'hr@example.org?bcc=someone@example.org',
      phone: 'call us',
    };
    const other: Service = { id: 'bad2', category: 'hrPolicies', name: 'HR 2', url: 'data:text/html,<p>hi</p>', email: 'javascript:alert(1)' };
    const sneaky: Service = { id: 'bad3', category: 'hrPolicies', name: 'HR 3', url: ' JavaScript:alert(1)' };
    const { el } = await conversationFixture<WcgServiceList>(html`<wcg-service-list .services=${[service, other, sneaky]}></wcg-service-list>`);
    expect(getLinks(el)).to.deep.equal([]);
    expect(getText(el)).not.to.contain('javascript');
    expect(getText(el)).not.to.contain('Website');
  });

  it('shows the trust text in the conversation language, as text', async () => {
    const service: Service = { id: 'w', category: 'chaplaincy', name: { cy: 'Caplaniaeth', 'en-GB': '<b>Chaplaincy</b>' } };
    const { el } = await conversationFixture<WcgServiceList>(html`<wcg-service-list .services=${[service]}></wcg-service-list>`);
    expect(getText(el)).to.contain('<b>Chaplaincy</b>');
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
  });

  it('says so when there are no services', async () => {
    const { el } = await conversationFixture<WcgServiceList>(html`<wcg-service-list selectable></wcg-service-list>`);
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.contain('No services are listed for these topics yet.');
    expect(el.shadowRoot!.querySelector('input')).to.equal(null);
  });

  it('has no checkboxes unless selectable', async () => {
    const { el } = await conversationFixture<WcgServiceList>(html`<wcg-service-list .services=${[eap]}></wcg-service-list>`);
    expect(el.shadowRoot!.querySelector('input')).to.equal(null);
    expect(el.shadowRoot!.querySelector('fieldset')).to.equal(null);
  });

  it('adds a chosen service to the plan and takes it off again', async () => {
    const { el, actor } = await conversationFixture<WcgServiceList>(html`<wcg-service-list selectable .services=${[eap, ohs]}></wcg-service-list>`);
    // The visible label, and a name that says which service in one text (no stray space before the colon).
    expect(getCheckbox(el, 1).labels![0].textContent).to.equal('I’d like to try this');
    expect(getCheckbox(el, 1).getAttribute('aria-label')).to.equal('I’d like to try this: Occupational health');
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('Would you like to try any of these?');
    await toggle(el, 1);
    expect(actor.getSnapshot().context.services).to.deep.equal(['ohs']);
    expect(getCheckbox(el, 1).checked).to.equal(true);
    await toggle(el, 0);
    await toggle(el, 1);
    expect(actor.getSnapshot().context.services).to.deep.equal(['eap']);
    expect(getCheckbox(el, 1).checked).to.equal(false);
  });

  it('ticks the services already chosen', async () => {
    const { el } = await conversationFixture<WcgServiceList>(html`<wcg-service-list selectable .services=${[eap, ohs]}></wcg-service-list>`, {
      events: [{ type: 'service.toggle', id: 'ohs' }],
    });
    expect(getCheckbox(el, 0).checked).to.equal(false);
    expect(getCheckbox(el, 1).checked).to.equal(true);
  });

  it('cannot be changed once the conversation has ended', async () => {
    const { el, actor } = await conversationFixture<WcgServiceList>(html`<wcg-service-list selectable .services=${[eap]}></wcg-service-list>`, {
      events: [{ type: 'stage.next' }, { type: 'open.decline' }],
    });
    expect(getCheckbox(el, 0).disabled).to.equal(true);
    expect(actor.getSnapshot().context.services).to.deep.equal([]);
  });
});
