import { expect } from '@open-wc/testing';
import {
  describedText, editorFixture, expectFieldError, getButton, getField, getFocused, getSummaryLinks, samples, typeInto,
} from '../test-helpers/config-editor-fixture.js';
import { fieldIdForIssue } from './config-issues.js';

describe('<wcg-config-editor>', () => {
  it('renders every section, the examples to start from and a preview', async () => {
    const el = await editorFixture();
    const headings = [...el.shadowRoot!.querySelectorAll('section > h2')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal(['Start', 'Your organisation', 'Topics', 'Your services', 'Crisis lines', 'Wording', 'Download your settings']);
    expect(getButton(el, 'Start from the example for Anytown Hospitals NHS Foundation Trust')).to.exist;
    expect(getButton(el, 'Start from the example for Hafren Valley University Health Board')).to.exist;
    expect(el.shadowRoot!.querySelector('input[type="file"]')!.getAttribute('accept')).to.contain('.json');
    expect(el.shadowRoot!.querySelector('wcg-config-preview')).to.exist;
  });

  it('shows no problems in the empty config it starts with, until something is typed', async () => {
    const el = await editorFixture();
    const name = getField(el, 'organisation["en-GB"]');
    expect(name.hasAttribute('aria-invalid')).to.equal(false);
    expect(getSummaryLinks(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('start by typing your organisation');
    await typeInto(el, name, 'A');
    await typeInto(el, name, '');
    // Blank config needs a name before anything else.
    expectFieldError(el, 'organisation["en-GB"]', 'Enter the name of your organisation');
    expect(getSummaryLinks(el)).to.have.length(1);
  });

  // axe checks every one of a full form's thousand-odd elements, which takes seconds on a busy machine.
  it('is accessible', async function () {
    this.timeout(30000);
    const el = await editorFixture();
    await expect(el).to.be.accessible();
  });

  it('is accessible with a full bilingual configuration', async function () {
    this.timeout(30000);
    const el = await editorFixture(samples().hafren);
    expect(getField(el, 'organisation.cy').value).to.equal('Bwrdd Iechyd Prifysgol Dyffryn Hafren');
    await expect(el).to.be.accessible();
  });

  it('is accessible with errors and warnings showing', async function () {
    this.timeout(30000);
    const { anytown } = samples();
    const services = anytown.services as Record<string, unknown>[];
    services[0].phone = 'call us';
    services[1].url = 'javascript:alert(1)';
    const el = await editorFixture({ ...anytown, colour: 'blue', crisisOverrides: [{ id: 'samaritans' }] });
    expect(getSummaryLinks(el)).to.have.length(2);
    expect(el.shadowRoot!.querySelector('[part="warnings"]')).to.exist;
    expect(el.shadowRoot!.querySelector('[part="other-problems"]')!.textContent).to.contain('Your file has a setting the guide does not know, “colour”, so it was ignored');
    await expect(el).to.be.accessible();
  });

  it('fills the form from an example and says so', async () => {
    const el = await editorFixture();
    getButton(el, 'Start from the example for Anytown').click();
    await el.updateComplete;
    expect(getField(el, 'organisation["en-GB"]').value).to.equal('Anytown Hospitals NHS Foundation Trust');
    expect(getField(el, 'services[10].url').value).to.equal('https://www.example.nhs.uk/staff/policies');
    expect(el.shadowRoot!.querySelector('wcg-error-summary')!.shadowRoot!.querySelector('a')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('Started from the example for Anytown');
  });

  describe('shows each problem next to its field as it is typed', () => {
    it('a phone number that is not one', async () => {
      const el = await editorFixture(samples().anytown);
      await typeInto(el, getField(el, 'services[0].phone'), 'call us');
      expectFieldError(el, 'services[0].phone', 'Enter the phone number for Service 1 (Employee Assistance Programme) in digits, like 01632 960 001');
      await typeInto(el, getField(el, 'services[0].phone'), '01632 960001');
      expect(getField(el, 'services[0].phone').hasAttribute('aria-invalid')).to.equal(false);
      expect(el.shadowRoot!.getElementById(`${fieldIdForIssue('services[0].phone')}-error`)).to.equal(null);
    });

    it('a web address that is not https, and a javascript: link', async () => {
      const el = await editorFixture(samples().anytown);
      await typeInto(el, getField(el, 'services[1].url'), 'www.example.nhs.uk');
      expectFieldError(el, 'services[1].url', 'Enter the website for Service 2 (Occupational Health) in full, starting https://');
      await typeInto(el, getField(el, 'services[1].url'), 'javascript:alert(document.cookie)');
      expectFieldError(el, 'services[1].url', 'Enter the website for Service 2 (Occupational Health) in full, starting https://');
      // Shown as text, never as a link anywhere on the page.
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    });

    it('a service id used twice', async () => {
      const el = await editorFixture(samples().anytown);
      await typeInto(el, getField(el, 'services[3].id'), 'EAP');
      expectFieldError(el, 'services[3].id', 'The service id for Service 4 (Race Equality Network) is already used by Service 1 (Employee Assistance Programme)');
      expect(getField(el, 'services[0].id').hasAttribute('aria-invalid')).to.equal(false);
    });

    it('lists each problem in the error summary, linking to its field', async () => {
      const el = await editorFixture(samples().anytown);
      await typeInto(el, getField(el, 'organisation["en-GB"]'), '');
      await typeInto(el, getField(el, 'services[0].phone'), 'call us');
      const links = getSummaryLinks(el);
      expect(links.map((l) => l.target)).to.deep.equal([fieldIdForIssue('organisation["en-GB"]'), fieldIdForIssue('services[0].phone')]);
      expect(links[1].text).to.equal('Enter the phone number for Service 1 (Employee Assistance Programme) in digits, like 01632 960 001 or +44 808 157 0192');
      el.shadowRoot!.querySelector('wcg-error-summary')!.shadowRoot!.querySelectorAll('a')[1].click();
      expect(getFocused(el)).to.equal(fieldIdForIssue('services[0].phone'));
    });

    it('a service with no way to get in touch, on the service as a whole', async () => {
      const el = await editorFixture({ organisation: 'Anytown', services: [{ id: 'eap', category: 'crisis', name: 'EAP', phone: '111' }] });
      await typeInto(el, getField(el, 'services[0].phone'), '');
      const box = el.shadowRoot!.getElementById(`${fieldIdForIssue('services[0]')}-error`)!;
      expect(box.textContent).to.contain('Enter a phone number, email address or website for Service 1 (EAP)');
      expect(getSummaryLinks(el)[0].target).to.equal(fieldIdForIssue('services[0].id'));
    });

    it('a link that is not encrypted or reaches only one network, as a warning', async () => {
      const el = await editorFixture(samples().anytown);
      await typeInto(el, getField(el, 'services[0].url'), 'http://intranet.local/eap');
      const field = getField(el, 'services[0].url');
      expect(field.hasAttribute('aria-invalid')).to.equal(false);
      expect(describedText(el, field, 'warning-message')).to.contain('opens only inside your organisation’s network');
      await typeInto(el, getField(el, 'services[0].url'), 'http://eap.example.org/');
      expect(describedText(el, getField(el, 'services[0].url'), 'warning-message')).to.contain('the page is not secure. Use its address starting https://');
    });

    it('a warning, without marking the field invalid', async () => {
      const el = await editorFixture(samples().anytown);
      await typeInto(el, getField(el, 'services[0].name["en-GB"]'), '<b>EAP</b>');
      const field = getField(el, 'services[0].name["en-GB"]');
      expect(field.hasAttribute('aria-invalid')).to.equal(false);
      expect(describedText(el, field, 'warning-message')).to.contain('has angle brackets, which will be shown just as typed');
      expect(getSummaryLinks(el)).to.deep.equal([]);
    });
  });
});
