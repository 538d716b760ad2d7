import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { FormPageWindow } from '../test-helpers/form-page.js';
import { clickButton, confirmDecline, continueUntil, getHeading, readyConversation, settle, whenReady } from '../test-helpers/conversation-helpers.js';
import { deepFind } from '../test-helpers/deep-find.js';
import { driveConversation, mountConversation } from '../test-helpers/full-conversation.js';
import { defineAllElements } from '../../src/define-all.js';
import { sourceResources } from '../../src/i18n/resources.js';
import type { WcgConversation } from './conversation.js';
import { submittedState } from './form-value.js';

type Control = HTMLButtonElement | HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

// Every control inside the element, named for a readable failure.
const getControls = (el: WcgConversation) => deepFind<Control>(el, 'button, input, textarea, select');
const nameOf = (control: Control) => `${control.localName}#${control.id || control.getAttribute('part') || control.textContent?.trim()}`;

// The safety steps stay open to the manager whatever the host has disabled (docs/safety/hazard-log.md, H2): the
// button that opens them, the way back, and the paths inside.
function isSafetyControl(el: WcgConversation, control: Control): boolean {
  const inPanel = (control.getRootNode() as ShadowRoot).host?.localName === 'wcg-safety-panel';
  const wayBack = el.shadowRoot!.querySelector('wcg-safety-panel') !== null && control.closest('[part="nav"]') !== null;
  return control.getAttribute('part') === 'safety-button' || inPanel || wayBack;
}

async function inForm() {
  const el = await readyConversation(html`<form><input name="role" value="Nurse" /><wcg-conversation name="wellbeing" required></wcg-conversation></form>`);
  return { el, form: el.closest('form')! };
}

// A host form whose submission loads in a frame beside it, so that it is really sent without this page leaving.
async function inFormSentToFrame() {
  const el = await readyConversation(html`<div>
    <form action="/components/test-helpers/form-sent.html" target="sent"><wcg-conversation name="wellbeing"></wcg-conversation></form>
    <iframe name="sent" title="sent"></iframe>
  </div>`);
  const form = el.closest('form')!;
  return { el, form, frame: form.nextElementSibling as HTMLIFrameElement };
}

async function agreeActions(el: WcgConversation) {
  await continueUntil(el, 'Agree a plan');
  await clickButton(el, 'Add an action');
  const input = deepFind<HTMLInputElement>(el, 'input[type="text"]')[0];
  input.value = 'Take a proper lunch break';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settle(el);
  await clickButton(el, 'Continue');
  const consent = deepFind<HTMLInputElement>(el, 'input[type="checkbox"]');
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

  it('is invalid from the moment it connects while required, before its config and text have loaded', async () => {
    // The trust's config is held back until the test lets it through; the Welsh text is only fetched after it.
    const realFetch = window.fetch;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      if (!String(input instanceof Request ? input.url : input).includes('/held/trust.json')) return realFetch(input, init);
      await held;
      return realFetch('/demo/configs/hafren-valley-health-board.json', init);
    };
    defineAllElements();
    const form = document.createElement('form');
    try {
      const el = document.createElement('wcg-conversation') as WcgConversation;
      for (const [name, value] of [['name', 'wellbeing'], ['required', ''], ['lang', 'cy'], ['config-src', '/held/trust.json']]) el.setAttribute(name, value);
      form.append(el);
      document.body.append(form);
      expect(form.checkValidity(), 'valid straight after connecting').to.equal(false);
      expect(el.validity!.valueMissing).to.equal(true);
      // The Welsh text has not arrived: the en-GB message, which is bundled, stands in for it until it does.
      expect(el.validationMessage).to.equal(sourceResources.common.validation.required);
      expect(new FormData(form).get('wellbeing')).to.equal('');
      await el.updateComplete;
      expect(form.checkValidity(), 'valid after the first render').to.equal(false);
      expect(el.shadowRoot!.querySelector('#stage-heading')).to.equal(null);
      release();
      await whenReady(el);
      expect(el.validationMessage).to.equal('Cynhaliwch y sgwrs llesiant, neu cofnodwch fod yr aelod o staff wedi dweud na, cyn i chi anfon y ffurflen hon.');
      expect(form.checkValidity()).to.equal(false);
      expect(new FormData(form).get('wellbeing')).to.equal('');
    } finally {
      release();
      window.fetch = realFetch;
      form.remove();
    }
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
    await confirmDecline(el);
    expect(form.checkValidity()).to.equal(true);
    expect(JSON.parse(String(new FormData(form).get('wellbeing'))).outcome).to.equal('declined');
  });

  it('empties its value and starts again when the form is reset', async () => {
    const { el, form } = await inForm();
    await clickButton(el, 'Continue');
    await confirmDecline(el);
    form.reset();
    await settle(el);
    expect(new FormData(form).get('wellbeing')).to.equal('');
    expect(el.shadowRoot!.querySelector('#stage-heading')!.textContent).to.equal('Before you start');
    expect(form.checkValidity()).to.equal(false);
  });

  it('gives the browser no conversation text to keep for restoring the form', async () => {
    // The state passed to setFormValue is what the browser writes into its session-restore files on disk.
    const states: unknown[] = [];
    const original = ElementInternals.prototype.setFormValue;
    ElementInternals.prototype.setFormValue = function (this: ElementInternals, value, state) {
      states.push(state);
      return original.call(this, value, state);
    };
    try {
      const { el } = await inForm();
      await agreeActions(el);
      await clickButton(el, 'Agree and record');
      expect(el.value).to.contain('Take a proper lunch break');
    } finally {
      ElementInternals.prototype.setFormValue = original;
    }
    expect(states.length).to.be.greaterThan(0);
    expect(states.filter((state) => String(state).includes('lunch') || String(state).includes('actions'))).to.deep.equal([]);
  });

  it('ignores a restored state that is not its own marker, such as a record', async () => {
    const { el, form } = await inForm();
    el.formStateRestoreCallback('not json');
    el.formStateRestoreCallback('{"schemaVersion":1,"outcome":"declined"}');
    await settle(el);
    expect(new FormData(form).get('wellbeing')).to.equal('');
    expect(el.shadowRoot!.querySelector('[part="submitted-notice"]')).to.equal(null);
    expect(el.validity!.valueMissing).to.equal(true);
  });

  it('after Back from a sent form, says the conversation was sent, and the form cannot be sent again empty', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/components/test-helpers/form-page.html" title="form"></iframe>`);
    const ready = () =>
      waitUntil(() => frame.contentDocument?.querySelector('form') && frame.contentDocument.documentElement.dataset.ready === 'true', 'the form page did not show', { timeout: 20000 });
    await ready();
    const first = frame.contentDocument!;
    const el = first.querySelector('wcg-conversation') as WcgConversation;
    await clickButton(el, 'Continue');
    await confirmDecline(el);
    expect(el.value).to.contain('declined');
    const given = (frame.contentWindow as unknown as FormPageWindow).givenStates.at(-1);
    first.querySelector('form')!.requestSubmit();
    await waitUntil(() => frame.contentDocument?.getElementById('sent'), 'the form was not sent', { timeout: 20000 });
    let back: WcgConversation;
    if (/Chrome\//.test(navigator.userAgent)) {
      // A real Back: Chromium gives a frame's form page its restore state, as it would a tab's.
      frame.contentWindow!.history.back();
      await ready();
      expect(frame.contentDocument).not.to.equal(first);
      back = frame.contentDocument!.querySelector('wcg-conversation') as WcgConversation;
      await settle(back);
      expect((frame.contentWindow as unknown as FormPageWindow).restoredStates).to.deep.equal([given]);
    } else {
      // Firefox's and WebKitGTK's drivers do not take a frame Back here (the page stays, or the test page
      // itself goes back), so the form page is opened anew and handed the state the guide gave the browser,
      // exactly as a browser restoring it on Back would.
      frame.src = '/components/test-helpers/form-page.html?again';
      await waitUntil(() => frame.contentDocument !== first && frame.contentDocument?.querySelector('form'), 'the form page did not open again', { timeout: 20000 });
      await ready();
      back = frame.contentDocument!.querySelector('wcg-conversation') as WcgConversation;
      back.formStateRestoreCallback(given);
      await settle(back);
    }
    const form = frame.contentDocument!.querySelector('form')!;
    // The browser was only ever given the marker, or nothing, to keep: never the record.
    expect(given).to.equal(submittedState);
    const pageStates = (frame.contentWindow as unknown as FormPageWindow).givenStates;
    expect(pageStates.filter((state) => state !== '' && state !== submittedState)).to.deep.equal([]);
    const notice = back.shadowRoot!.querySelector('[part="submitted-notice"]');
    expect(notice, 'no notice that the conversation was sent').to.exist;
    expect(notice!.textContent).to.contain('This wellbeing conversation was completed and sent with this form.');
    expect(back.validationMessage).to.equal('This wellbeing conversation was already completed and sent. Hold a new one before you send this form again.');
    expect(form.checkValidity()).to.equal(false);
    expect(new FormData(form).get('wellbeing')).to.equal('');
    // Sending it again is stopped by the browser's own validation, pointing at the guide.
    let invalid = 0;
    back.addEventListener('invalid', () => invalid++);
    form.requestSubmit();
    expect(invalid).to.equal(1);
    expect(frame.contentDocument!.querySelector('form')).to.equal(form);
  });

  // Back may instead show the page exactly as it was left, from the back-forward cache: no restore state, the guide
  // still at its end holding the record. scripts/back-forward-cache.test.mjs takes a real Back in Chromium.
  it('after Back to a page the browser kept whole (back-forward cache), says the conversation was sent, and the form cannot be sent again until reset', async () => {
    const { el, form, frame } = await inFormSentToFrame();
    await clickButton(el, 'Continue');
    await confirmDecline(el);
    expect(el.value).to.contain('declined');
    form.requestSubmit();
    await waitUntil(() => frame.contentDocument?.getElementById('sent'), 'the form was not sent', { timeout: 20000 });
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await settle(el);
    // As a new page given the restore state: the first stage again, nothing of the conversation on it.
    expect(getHeading(el)).to.equal('Before you start');
    expect(el.currentContext()!.outcome).to.equal(null);
    const notice = el.shadowRoot!.querySelector('[part="submitted-notice"]');
    expect(notice, 'no notice that the conversation was sent').to.exist;
    expect(notice!.textContent).to.contain('This wellbeing conversation was completed and sent with this form.');
    expect(el.value).to.equal('');
    expect(new FormData(form).get('wellbeing')).to.equal('');
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('This wellbeing conversation was already completed and sent. Hold a new one before you send this form again.');
    await expect(el).to.be.accessible();
    form.reset();
    await settle(el);
    expect(form.checkValidity()).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="submitted-notice"]')).to.equal(null);
  });

  it('shown again from the back-forward cache keeps its record when the form did not send it (a cancelled submit, or a link followed)', async () => {
    const { el, form } = await inFormSentToFrame();
    await clickButton(el, 'Continue');
    await confirmDecline(el);
    const record = el.value;
    form.addEventListener('submit', (event) => event.preventDefault(), { once: true });
    form.requestSubmit();
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await settle(el);
    expect(el.value).to.equal(record);
    expect(el.currentContext()!.outcome).to.equal('declined');
    expect(form.checkValidity()).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="submitted-notice"]')).to.equal(null);
  });

  it('after a sent conversation is restored, stays invalid even when not required, until the form is reset', async () => {
    const el = await readyConversation(html`<form><wcg-conversation name="wellbeing"></wcg-conversation></form>`);
    const form = el.closest('form')!;
    expect(form.checkValidity()).to.equal(true);
    el.formStateRestoreCallback(submittedState);
    await settle(el);
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity!.customError).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="submitted-notice"]')).to.exist;
    await expect(el).to.be.accessible();
    form.reset();
    await settle(el);
    expect(form.checkValidity()).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="submitted-notice"]')).to.equal(null);
  });

  it('disables its controls inside a disabled fieldset, all but the safety steps, on every stage, and keeps what was typed', async () => {
    const previous = {
      schemaVersion: 1, scriptVersion: '2026-11.1', outcome: 'completed', date: '2026-05-01', nation: 'england', language: 'en-GB',
      sections: ['actions'], actions: [{ id: 'a1', text: 'Try the later shift pattern', owner: 'manager' }],
    };
    const el = await mountConversation(html`<form><fieldset><wcg-conversation name="wellbeing" .previousRecord=${previous}></wcg-conversation></fieldset></form>`);
    const fieldset = el.closest('fieldset')!;
    const seen: string[] = [];
    await driveConversation(el, {
      text: (field) => `Typed in ${field}`,
      onStage: async (stage) => {
        seen.push(stage);
        const disabledBefore = getControls(el).filter((control) => control.matches(':disabled')).map(nameOf);
        const values = getControls(el).map((control) => control.value);
        const context = structuredClone(el.currentContext());
        fieldset.disabled = true;
        await settle(el);
        const controls = getControls(el);
        expect(controls.filter((control) => !control.matches(':disabled') && !isSafetyControl(el, control)).map(nameOf), `enabled at ${stage}`).to.deep.equal([]);
        expect(controls.filter((control) => control.matches(':disabled') && isSafetyControl(el, control)).map(nameOf), `safety disabled at ${stage}`).to.deep.equal([]);
        if (stage === 'plan') await expect(el).to.be.accessible();
        fieldset.disabled = false;
        await settle(el);
        expect(getControls(el).filter((control) => control.matches(':disabled')).map(nameOf), `still disabled at ${stage}`).to.deep.equal(disabledBefore);
        expect(getControls(el).map((control) => control.value)).to.deep.equal(values);
        expect(el.currentContext()).to.deep.equal(context);
      },
      safety: true,
    });
    expect(seen).to.include.members(['prepare', 'open', 'review', 'checkIn', 'chooseTopics', 'explore', 'safety', 'whatHelps', 'plan', 'agree', 'complete']);
  });
});
