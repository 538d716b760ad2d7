import { expect, waitUntil } from '@open-wc/testing';
import { parseTrustConfig } from '../../src/content/parse-trust-config.js';
import { builtInTopicIds } from '../../src/content/types.js';
import { editorFixture, expectFieldError, getButton, getField, getFocused, samples, typeInto } from '../test-helpers/config-editor-fixture.js';
import type { WcgConfigEditor } from './config-editor.js';
import { fieldIdForIssue } from './config-issues.js';

function getTopicOrder(el: WcgConfigEditor): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.topics input[type="checkbox"]')].map((box) => box.id.replace(/^topic-/, ''));
}

/** The folding row whose summary has `id`, with everything in it. */
function getRow(el: WcgConfigEditor, id: string): HTMLDetailsElement {
  return el.shadowRoot!.getElementById(id)!.closest('details')!;
}

function getAnnouncement(el: WcgConfigEditor): string {
  return el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

async function chooseFile(el: WcgConfigEditor, name: string, text: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<wcg-config-editor> editing', () => {
  it('opens a config file, and refuses one that is not JSON without changing anything', async () => {
    const el = await editorFixture();
    await chooseFile(el, 'ours.json', JSON.stringify(samples().hafren));
    await waitUntil(() => getField(el, 'organisation["en-GB"]').value !== '', 'the file was not opened');
    expect(el.config.nation).to.equal('wales');
    await chooseFile(el, 'notes.txt', 'Our services: EAP');
    await waitUntil(() => el.shadowRoot!.getElementById('file-error'), 'no message for a file that is not JSON');
    expect(el.shadowRoot!.getElementById('file-error')!.textContent).to.contain('notes.txt could not be read as a settings file');
    expect(el.shadowRoot!.getElementById('file')!.getAttribute('aria-describedby')).to.contain('file-error');
    expect(el.config.nation).to.equal('wales');
  });

  it('moves focus to the error summary when opened config has problems', async () => {
    const el = await editorFixture();
    await chooseFile(el, 'broken.json', JSON.stringify({ organisation: 'Anytown', nation: 'Cymru' }));
    await waitUntil(() => el.shadowRoot!.activeElement?.localName === 'wcg-error-summary', 'focus did not move to the summary');
    // A group of radios: the message is under the legend and the fieldset points to it.
    const group = getField(el, 'nation');
    expect(group.localName).to.equal('fieldset');
    expect(el.shadowRoot!.getElementById(group.getAttribute('aria-describedby')!.split(' ').at(-1)!)!.textContent).to.contain(
      'Select the nation from the list: England, Wales, Scotland or Northern Ireland',
    );
  });

  it('turns a topic off and moves another with the keyboard buttons, keeping focus on the moved topic', async () => {
    const el = await editorFixture({ organisation: 'Anytown' });
    el.shadowRoot!.querySelector<HTMLInputElement>('#topic-money')!.click();
    await el.updateComplete;
    expect(el.config.topics).to.deep.equal({ disabled: ['money'] });
    getButton(el, 'Move down Work and workload').click();
    await waitUntil(() => getFocused(el) === 'topic-workload-down', 'focus did not stay on the moved topic');
    expect(getTopicOrder(el).slice(0, 3)).to.deep.equal(['breaksShifts', 'workload', 'sleepEnergy']);
    await waitUntil(() => getAnnouncement(el).includes(`is now number 2 of ${builtInTopicIds.length}`), 'the move was not announced');
    const result = parseTrustConfig(el.config);
    expect(result.ok && result.value.topicOrder.slice(0, 2)).to.deep.equal(['breaksShifts', 'workload']);
    expect(result.ok && result.value.topicOrder).to.not.include('money');
  });

  it('adds a topic of its own, offered last, and removing it removes it from services too', async () => {
    const el = await editorFixture(samples().anytown);
    getButton(el, 'Add a topic').click();
    await el.updateComplete;
    const name = fieldIdForIssue('extraTopics[1].text["en-GB"].name');
    expect(getFocused(el)).to.equal(name);
    await typeInto(el, getField(el, 'extraTopics[1].text["en-GB"].name'), 'Parking');
    await typeInto(el, getField(el, 'extraTopics[1].text["en-GB"].prompt'), 'How is parking?');
    await typeInto(el, getField(el, 'extraTopics[1].text["en-GB"].gentler'), 'Is parking a worry?');
    await typeInto(el, getField<HTMLTextAreaElement>(el, 'extraTopics[1].text["en-GB"].followUps'), 'Where do you park?\n\nIs it safe at night?\n');
    await typeInto(el, getField(el, 'extraTopics[1].id'), 'parking');
    expect(getTopicOrder(el).at(-1)).to.equal('parking');
    el.shadowRoot!.querySelector<HTMLInputElement>(`#${fieldIdForIssue('services[0].topics')}-parking`)!.click();
    await el.updateComplete;
    const result = parseTrustConfig(el.config);
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    expect(result.ok && result.value.extraTopics[1].text['en-GB'].followUps).to.deep.equal(['Where do you park?', 'Is it safe at night?']);
    getButton(el, 'Remove this topic Parking').click();
    await el.updateComplete;
    expect(parseTrustConfig(el.config).ok).to.equal(true);
    expect((el.config.services as { topics?: string[] }[])[0].topics).to.not.include('parking');
  });

  it('drops a type of service the guide does not have from an opened topic once a type is ticked, as its message says', async () => {
    const config = samples().anytown as { extraTopics: { services: string[] }[] };
    config.extraTopics[0].services = ['parkingTeam'];
    const el = await editorFixture(config);
    expect(el.shadowRoot!.getElementById(`${fieldIdForIssue('extraTopics[0].services')}-error`)!.textContent).to.contain(
      'Select the types of service for Your topic 1 (Getting to work) from the list',
    );
    el.shadowRoot!.querySelector<HTMLInputElement>(`#${fieldIdForIssue('extraTopics[0].services')}-hrPolicies`)!.click();
    await el.updateComplete;
    expect((el.config.extraTopics as { services: string[] }[])[0].services).to.deep.equal(['hrPolicies']);
    expect(parseTrustConfig(el.config).ok).to.equal(true);
  });

  it('sets the staff support page under the organisation, refusing an http:// one by its label, and clears it', async () => {
    const el = await editorFixture({ organisation: 'Anytown' });
    const field = getField(el, 'staffSupportUrl');
    expect(field.closest('section')!.getAttribute('aria-labelledby')).to.equal('organisation-heading');
    expect(el.shadowRoot!.querySelector(`label[for="${field.id}"]`)!.textContent).to.equal('Staff support page');
    await typeInto(el, field, 'http://www.example.nhs.uk/staff-support');
    await waitUntil(() => field.getAttribute('aria-invalid') === 'true', 'no error for an http:// address');
    expectFieldError(el, 'staffSupportUrl', 'The staff support page starts http://, so the page is not secure');
    await typeInto(el, field, 'https://www.example.nhs.uk/staff-support');
    await waitUntil(() => field.getAttribute('aria-invalid') !== 'true', 'the error stayed for an https:// address');
    expect(el.config.staffSupportUrl).to.equal('https://www.example.nhs.uk/staff-support');
    expect(parseTrustConfig(el.config).ok).to.equal(true);
    await typeInto(el, field, '');
    expect(Object.hasOwn(el.config, 'staffSupportUrl')).to.equal(false);
  });

  it('adds and removes a service, with focus following and an undo', async () => {
    const el = await editorFixture({ organisation: 'Anytown' });
    getButton(el, 'Add a service').click();
    // The name first: typing it never runs into a made-up id.
    await waitUntil(() => getFocused(el) === fieldIdForIssue('services[0].name["en-GB"]'), 'focus did not move to the new service\'s name');
    expectFieldError(el, 'services[0].category', 'Select the type of service for Service 1');
    const category = getField<HTMLSelectElement>(el, 'services[0].category');
    category.value = 'occupationalHealth';
    category.dispatchEvent(new Event('change'));
    await typeInto(el, getField(el, 'services[0].name["en-GB"]'), 'Occupational Health');
    await typeInto(el, getField(el, 'services[0].email'), 'oh@example.nhs.uk');
    expect(parseTrustConfig(el.config).ok).to.equal(true);
    // Its id is made from the name, and waits under "More options" for anyone who needs another.
    expect((el.config.services as { id: string }[])[0].id).to.equal('occupational-health');
    const more = getField(el, 'services[0].id').closest('details')!;
    expect(more.open).to.equal(false);
    expect(more.querySelector('summary')!.textContent).to.equal('More options');
    getButton(el, 'Remove this service').click();
    await waitUntil(() => getFocused(el) === 'services-add', 'focus did not move to "Add a service"');
    expect(el.config.services).to.equal(undefined);
    await waitUntil(() => getAnnouncement(el) === 'Removed Occupational Health.', 'the removal was not announced');
    el.shadowRoot!.getElementById('undo')!.click();
    await el.updateComplete;
    expect(getField(el, 'services[0].email').value).to.equal('oh@example.nhs.uk');
  });

  it('adds a language, writes text per language, and removes the language again', async () => {
    const el = await editorFixture({ organisation: 'Anytown Health Board', nation: 'wales' });
    await typeInto(el, el.shadowRoot!.querySelector<HTMLInputElement>('#language')!, 'english');
    getButton(el, 'Add language').click();
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('language-error')!.textContent).to.contain('Enter a language code');
    await typeInto(el, el.shadowRoot!.querySelector<HTMLInputElement>('#language')!, 'CY');
    getButton(el, 'Add language').click();
    await el.updateComplete;
    await typeInto(el, getField(el, 'organisation.cy'), 'Bwrdd Iechyd Anytown');
    expect(el.config.organisation).to.deep.equal({ 'en-GB': 'Anytown Health Board', cy: 'Bwrdd Iechyd Anytown' });
    expect(el.shadowRoot!.querySelector(`label[for="${fieldIdForIssue('organisation.cy')}"]`)!.textContent).to.equal('Name of your organisation (Welsh)');
    getButton(el, 'Remove Welsh').click();
    await el.updateComplete;
    expect(el.config.organisation).to.equal('Anytown Health Board');
    expect(el.shadowRoot!.getElementById(fieldIdForIssue('organisation.cy'))).to.equal(null);
  });

  it('changes a text, starting from its standard wording, and shows a missing placeholder as a warning', async () => {
    const el = await editorFixture({ organisation: 'Anytown' });
    await typeInto(el, el.shadowRoot!.querySelector<HTMLInputElement>('#wording-key')!, 'common:progress');
    getButton(el, 'Change this text').click();
    await waitUntil(() => getFocused(el) === 'wording-en-GB-0', 'focus did not move to the new wording');
    const box = el.shadowRoot!.getElementById('wording-en-GB-0') as HTMLTextAreaElement;
    expect(box.value).to.equal('Step {{current}} of {{total}}');
    await typeInto(el, box, 'Step {{current}}');
    expect(el.shadowRoot!.getElementById('wording-en-GB-0-warning')!.textContent).to.contain('The new wording for common:progress leaves out {{total}}');
    // A person types the key in its own box, so focus is there when they press the button, and must move.
    const key = el.shadowRoot!.querySelector<HTMLInputElement>('#wording-key')!;
    key.focus();
    await typeInto(el, key, 'common:progress');
    getButton(el, 'Change this text').click();
    await waitUntil(() => getFocused(el) === 'wording-en-GB-0', 'focus did not move to the wording already there');
    expect(Object.keys((el.config.overrides as Record<string, object>)['en-GB'])).to.deep.equal(['common:progress']);
  });

  it("adds a note to a national crisis line, shows its number as fixed, and drops the note when its box is emptied", async () => {
    const el = await editorFixture({ organisation: 'Anytown', nation: 'wales' });
    // No box can change a national number, web address or opening times.
    expect(el.shadowRoot!.querySelector('[id^="crisis-"][id$="-phone"], [id^="crisis-"][id$="-url"], [id^="crisis-"][id*="-hours"]')).to.equal(null);
    expect(getRow(el, 'crisis-samaritansWelsh').textContent).to.contain('National number: 0808 164 0123. It cannot be changed.');
    const note = el.shadowRoot!.getElementById('crisis-samaritansWelsh-note-en-GB') as HTMLTextAreaElement;
    await typeInto(el, note, 'Ask switchboard for a Welsh-speaking chaplain at other times.');
    expect(el.config.crisisOverrides).to.deep.equal([{ id: 'samaritansWelsh', note: 'Ask switchboard for a Welsh-speaking chaplain at other times.' }]);
    expect(el.shadowRoot!.getElementById('crisis-nhs111England-note-en-GB')).to.equal(null);
    await typeInto(el, note, '');
    expect(el.config.crisisOverrides).to.equal(undefined);
  });

  it('refuses opened config that change a national number, says why at the line, and removes the change on request', async () => {
    const el = await editorFixture({ organisation: 'Anytown', crisisOverrides: [{ id: 'samaritans', phone: '01632 960999', note: 'Local line too.' }] });
    const line = getRow(el, 'crisis-samaritans');
    expect(line.textContent!.replace(/\s+/g, ' ')).to.contain('Your file changes the national number of Samaritans, which cannot be changed');
    expect(parseTrustConfig(el.config).ok).to.equal(false);
    getButton(el, 'Remove the changed number, web address or opening times of Samaritans').click();
    await el.updateComplete;
    expect(el.config.crisisOverrides).to.deep.equal([{ id: 'samaritans', note: 'Local line too.' }]);
    expect(parseTrustConfig(el.config).ok).to.equal(true);
    expect(getRow(el, 'crisis-samaritans').textContent).not.to.contain('cannot be changed. Remove the change');
  });
});
