import { expect, waitUntil } from '@open-wc/testing';
import { parseTrustConfig } from '../../src/content/parse-trust-config.js';
import { editorFixture, getButton, getField, samples, typeInto } from '../test-helpers/config-editor-fixture.js';
import type { WcgConfigEditor } from './config-editor.js';

// Clicks Download with URL.createObjectURL watched, and returns what was saved and under which name.
async function download(el: WcgConfigEditor): Promise<{ blob: Blob; name: string }> {
  const original = URL.createObjectURL;
  const blobs: Blob[] = [];
  let name = '';
  const onClick = (event: Event) => {
    const link = event.composedPath()[0];
    if (!(link instanceof HTMLAnchorElement)) return;
    name = link.download;
    // Nothing needs saving to disk in a test.
    event.preventDefault();
  };
  el.shadowRoot!.addEventListener('click', onClick, true);
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return original.call(URL, blob);
  };
  try {
    getButton(el, 'Download the settings file').click();
  } finally {
    URL.createObjectURL = original;
    el.shadowRoot!.removeEventListener('click', onClick, true);
  }
  expect(blobs).to.have.length(1);
  return { blob: blobs[0], name };
}

describe('<wcg-config-editor> download', () => {
  it('saves the config as JSON that reads back as the same configuration', async () => {
    const el = await editorFixture(samples().hafren);
    await typeInto(el, getField(el, 'services[2].phone'), '01632 960199');
    await typeInto(el, getField(el, 'organisation.cy'), 'Bwrdd Iechyd Dyffryn Hafren');
    const { blob, name } = await download(el);
    expect(blob.type).to.equal('application/json');
    expect(name).to.equal('hafren-valley-university-health-board.json');
    const saved = JSON.parse(await blob.text());
    expect(saved).to.deep.equal(el.config);
    const [before, after] = [parseTrustConfig(el.config), parseTrustConfig(saved)];
    expect(after.ok).to.equal(true);
    expect(JSON.stringify(after)).to.equal(JSON.stringify(before));
    expect(after.ok && after.value.services[2].phone).to.equal('01632 960199');
    expect(el.shadowRoot!.querySelector('a[download]')).to.equal(null);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.includes(`Downloaded ${name}.`), 'the download was not announced');
  });

  it('still saves config with problems, saying first that the guide will not use it yet', async () => {
    const el = await editorFixture({ organisation: 'Anytown', services: [{ id: 'eap', category: 'crisis', name: 'EAP', phone: 'call us' }] });
    expect(el.shadowRoot!.getElementById('download-problems')!.textContent).to.contain('still have 1 problem');
    expect(el.shadowRoot!.getElementById('download')!.getAttribute('aria-describedby')).to.equal('download-problems');
    const { blob } = await download(el);
    expect(JSON.parse(await blob.text()).services[0].phone).to.equal('call us');
  });
});
