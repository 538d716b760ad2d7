import { expect, html } from '@open-wc/testing';
import type { WcgConversation } from './conversation.js';
import { clickButton, continueUntil, deepAll, readyConversation, settle } from './test-helpers.js';

async function inForm() {
  const el = await readyConversation(html`<form><input name="role" value="Nurse" /><wcg-conversation name="wellbeing" required></wcg-conversation></form>`);
  return { el, form: el.closest('form')! };
}

async function agreeActions(el: WcgConversation) {
  await continueUntil(el, 'Agree a plan');
  await clickButton(el, 'Add an action');
  const input = deepAll<HTMLInputElement>(el, 'input[type="text"]')[0];
  input.value = 'Take a proper lunch break';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settle(el);
  await clickButton(el, 'Continue');
  const consent = deepAll<HTMLInputElement>(el, 'input[type="checkbox"]');
  consent.forEach((box) => box.click());
  await settle(el);
}

describe('<wcg-conversation> in a form', () => {
  it('is invalid while required and not yet completed, with a message', async () => {
    const { el, form } = await inForm();
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity!.valueMissing).to.equal(true);
    expect(el.validationMessage).to.contain('Hold the wellbeing conversation');
    expect(new FormData(form).get('wellbeing')).to.equal('');
  });

  it('submits the agreed record as JSON once complete, and only what was consented', async () => {
    const { el, form } = await inForm();
    await agreeActions(el);
    await clickButton(el, 'Agree and record');
    expect(form.checkValidity()).to.equal(true);
    const data = new FormData(form);
    expect([...data.keys()]).to.deep.equal(['role', 'wellbeing']);
    const record = JSON.parse(String(data.get('wellbeing')));
    expect(record.sections).to.deep.equal(['actions']);
    expect(record.actions).to.deep.equal([{ id: 'a1', text: 'Take a proper lunch break', owner: 'staff' }]);
    expect(el.value).to.equal(String(data.get('wellbeing')));
  });

  it('is valid once the staff member declines', async () => {
    const { el, form } = await inForm();
    await clickButton(el, 'Continue');
    await clickButton(el, 'The staff member would rather not talk now');
    expect(form.checkValidity()).to.equal(true);
    expect(JSON.parse(String(new FormData(form).get('wellbeing'))).outcome).to.equal('declined');
  });

  it('empties its value and starts again when the form is reset', async () => {
    const { el, form } = await inForm();
    await clickButton(el, 'Continue');
    await clickButton(el, 'The staff member would rather not talk now');
    form.reset();
    await settle(el);
    expect(new FormData(form).get('wellbeing')).to.equal('');
    expect(el.shadowRoot!.querySelector('#stage-heading')!.textContent).to.equal('Before you start');
    expect(form.checkValidity()).to.equal(false);
  });

  it('takes back a value the browser restores, and ignores one that is not a record', async () => {
    const { el, form } = await inForm();
    el.formStateRestoreCallback('not json');
    expect(new FormData(form).get('wellbeing')).to.equal('');
    el.formStateRestoreCallback('{"schemaVersion":1,"outcome":"declined"}');
    expect(JSON.parse(String(new FormData(form).get('wellbeing'))).outcome).to.equal('declined');
    expect(form.checkValidity()).to.equal(true);
  });
});
