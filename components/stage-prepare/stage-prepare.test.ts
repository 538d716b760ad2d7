import { expect, html } from '@open-wc/testing';
import { conversationFixture, getText, testConfig } from '../test-helpers/conversation-fixture.js';
import { prepareItems, type WcgStagePrepare } from './stage-prepare.js';

function getCheckbox(el: WcgStagePrepare, item: string): HTMLInputElement {
  return el.shadowRoot!.querySelector<HTMLInputElement>(`#prepare-${item}`)!;
}

describe('<wcg-stage-prepare>', () => {
  it('renders the lead, every checklist item, the safety reminder and a private note', async () => {
    const { el } = await conversationFixture<WcgStagePrepare>(html`<wcg-stage-prepare></wcg-stage-prepare>`);
    expect(getText(el)).to.contain('A little planning helps');
    expect(el.shadowRoot!.querySelectorAll('input[type="checkbox"]')).to.have.length(prepareItems.length);
    expect(getCheckbox(el, 'interpreter').labels![0].textContent).to.contain('professional interpreter');
    expect(getText(el)).to.contain('Never ask a colleague or a family member to interpret');
    expect(getText(el)).to.contain('Have the safety steps in mind');
    expect(el.shadowRoot!.querySelector('wcg-note-field')!.getAttribute('section')).to.equal('prepare');
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
  });

  it('is accessible', async () => {
    const { el } = await conversationFixture<WcgStagePrepare>(html`<wcg-stage-prepare></wcg-stage-prepare>`);
    await expect(el).to.be.accessible();
  });

  it('records each tick and untick in the preparation checks', async () => {
    const { el, actor } = await conversationFixture<WcgStagePrepare>(html`<wcg-stage-prepare></wcg-stage-prepare>`);
    getCheckbox(el, 'room').click();
    getCheckbox(el, 'interpreter').click();
    await el.updateComplete;
    expect(actor.getSnapshot().context.prepareChecks).to.deep.equal({ room: true, interpreter: true });
    getCheckbox(el, 'room').click();
    await el.updateComplete;
    expect(actor.getSnapshot().context.prepareChecks).to.deep.equal({ room: false, interpreter: true });
  });

  it('shows the ticks already made', async () => {
    const { el } = await conversationFixture<WcgStagePrepare>(html`<wcg-stage-prepare></wcg-stage-prepare>`, {
      events: [{ type: 'prepare.check', item: 'paidTime', checked: true }],
    });
    expect(getCheckbox(el, 'paidTime').checked).to.equal(true);
    expect(getCheckbox(el, 'room').checked).to.equal(false);
  });

  it('names the organisation whose local services are loaded', async () => {
    const { el } = await conversationFixture<WcgStagePrepare>(html`<wcg-stage-prepare></wcg-stage-prepare>`);
    const label = getCheckbox(el, 'localServices').labels![0].textContent!;
    expect(label).to.contain('Local services from Anytown Hospitals NHS Foundation Trust are loaded');
  });

  it('says only national services will show when the trust has added none', async () => {
    const config = { ...testConfig, organisation: '', services: [] };
    const { el } = await conversationFixture<WcgStagePrepare>(html`<wcg-stage-prepare></wcg-stage-prepare>`, { config });
    expect(getCheckbox(el, 'localServices').labels![0].textContent!.trim()).to.equal('Local services are loaded');
    expect(getText(el)).to.contain('Only national services will be shown');
  });
});
