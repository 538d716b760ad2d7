import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { initialContext } from '../../src/machine/conversation.context.js';
import { createDraft } from '../../src/persist/draft.js';
import { draftDatabaseName, draftStoreName } from '../../src/persist/idb.js';
import { conversationDigest, keyStoreName } from '../../src/persist/crypto.js';
import type { WcgConversation } from './conversation.js';
import { clickButton, confirmStartAgain, continueUntil, getHeading, readyConversation, sessionConversation, settle } from '../test-helpers/conversation-helpers.js';
import { deepFind } from '../test-helpers/deep-find.js';
import { typeInto } from '../test-helpers/typing.js';

// The promises of issue "a draft belongs to one conversation, private notes are never stored".
const secret = 'PRIVATE-NOTE-7f3a';
const agreedText = 'AGREED-WORDS-2c9d';

function getText(el: WcgConversation): string {
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

function uniqueId(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2)}`;
}

/** Types a private note and agreed wording at check-in and waits until the session draft is saved. */
async function fillCheckIn(el: WcgConversation, note = secret): Promise<void> {
  await continueUntil(el, 'How are things?');
  typeInto(deepFind<HTMLTextAreaElement>(el, 'textarea')[0], note);
  typeInto(deepFind<HTMLTextAreaElement>(el, 'textarea')[1], agreedText);
  await waitUntil(() => getText(el).includes('saved on this device'), 'draft not saved', { timeout: 5000 });
}

/** Every record of an object store of the drafts database, with its key. */
async function readStore(name: string): Promise<{ key: IDBValidKey; value: unknown }[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(draftDatabaseName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains(name)) return [];
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(name, 'readonly');
      const keys = tx.objectStore(name).getAllKeys();
      const values = tx.objectStore(name).getAll();
      tx.oncomplete = () => resolve(keys.result.map((key, i) => ({ key, value: values.result[i] })));
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Waits until the restored draft is kept again (its notice shows), then deletes it as the user would. */
async function deleteDraft(el: WcgConversation): Promise<void> {
  await waitUntil(() => getText(el).includes('Stop keeping a copy on this device'), 'restored draft not kept', { timeout: 5000 });
  await confirmStartAgain(el);
}

async function hostKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

describe('<wcg-conversation> a draft belongs to one conversation', () => {
  it('never opens one conversation’s draft in another with the same name', async () => {
    const first = await sessionConversation(uniqueId('appraisal-A'));
    await fillCheckIn(first);
    first.remove();

    const second = await sessionConversation(uniqueId('appraisal-B'));
    await settle(second);
    expect(getHeading(second)).to.equal('Before you start');
    expect(JSON.stringify(deepFind<HTMLTextAreaElement>(second, 'textarea').map((t) => t.value))).not.to.contain(agreedText);
  });

  it('keeps no draft without a draft-id, and says why in wcg-error', async () => {
    const errors: CustomEvent[] = [];
    const listen = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('wcg-error', listen);
    try {
      const el = await sessionConversation(undefined);
      await waitUntil(() => errors.length > 0, 'no wcg-error');
      expect(errors[0].detail.errors[0].path).to.equal('draft-id');
      expect(errors[0].detail.errors[0].message).to.match(/draft-id/);
      await continueUntil(el, 'How are things?');
      typeInto(deepFind<HTMLTextAreaElement>(el, 'textarea')[1], agreedText);
      // A copy wrongly kept would be encrypted and stored in the background, and nothing says so: only the clock
      // can show none was. A save takes a few milliseconds; this is many times that.
      await aTimeout(600);
      expect(getText(el)).not.to.contain('saved on this device');
      expect(getText(el)).to.contain('nothing is kept if the page closes');
    } finally {
      document.removeEventListener('wcg-error', listen);
    }
  });

  it('stores the draft under a keyed hash, never the draft-id or name in clear', async () => {
    const draftId = uniqueId('appraisal-CLEAR');
    const el = await sessionConversation(draftId, { name: 'wellbeing-name-in-clear' });
    await fillCheckIn(el);
    const keys = [...(await readStore(draftStoreName)), ...(await readStore(keyStoreName))].map((r) => String(r.key));
    expect(keys.join(' ')).not.to.contain(draftId);
    expect(keys.join(' ')).not.to.contain('wellbeing-name-in-clear');
    el.remove();
  });

  it('refuses a host draft that another conversation made', async () => {
    const first = await readyConversation(html`<wcg-conversation persist="host" draft-id="appraisal-one"></wcg-conversation>`);
    await continueUntil(first, 'How are things?');
    const draftEvent = oneEvent(first, 'wcg-draft');
    typeInto(deepFind<HTMLTextAreaElement>(first, 'textarea')[1], agreedText);
    const { detail } = await draftEvent;

    const other = await readyConversation(html`<wcg-conversation persist="host" draft-id="appraisal-two"></wcg-conversation>`);
    const error = oneEvent(other, 'wcg-error');
    expect(other.restoreDraft(JSON.parse(JSON.stringify(detail.draft)))).to.equal(false);
    expect((await error).detail.errors[0].message).to.match(/another conversation/);
    await settle(other);
    expect(getHeading(other)).to.equal('Before you start');
    expect(getText(other)).not.to.contain(agreedText);

    const same = await readyConversation(html`<wcg-conversation persist="host" draft-id="appraisal-one"></wcg-conversation>`);
    expect(same.restoreDraft(JSON.parse(JSON.stringify(detail.draft)))).to.equal(true);
  });
});

describe('<wcg-conversation> private notes are never stored', () => {
  it('leaves private notes out of every wcg-draft event', async () => {
    const el = await readyConversation(html`<wcg-conversation persist="host" draft-id="appraisal-notes"></wcg-conversation>`);
    await continueUntil(el, 'How are things?');
    const drafts: CustomEvent[] = [];
    el.addEventListener('wcg-draft', (e) => drafts.push(e as CustomEvent));
    typeInto(deepFind<HTMLTextAreaElement>(el, 'textarea')[0], secret);
    typeInto(deepFind<HTMLTextAreaElement>(el, 'textarea')[1], agreedText);
    await waitUntil(() => drafts.some((d) => JSON.stringify(d.detail).includes(agreedText)), 'no draft with the agreed words');
    expect(JSON.stringify(drafts.map((d) => d.detail))).not.to.contain(secret);
  });

  it('says beforehand that private notes are not kept, and they are gone after a reload', async () => {
    const draftId = uniqueId('appraisal-reload');
    const first = await sessionConversation(draftId);
    await fillCheckIn(first);
    expect(getText(first)).to.contain('Private notes are not saved');
    first.remove();

    const second = await sessionConversation(draftId);
    await waitUntil(() => getHeading(second) === 'How are things?', 'stage not restored', { timeout: 5000 });
    await settle(second);
    expect(deepFind<HTMLTextAreaElement>(second, 'textarea').map((f) => f.value)).to.deep.equal(['', agreedText]);
    await deleteDraft(second);
  });

  it('keeps everything else after a reload when a private note is over 20,000 characters', async () => {
    const draftId = uniqueId('appraisal-long');
    const first = await sessionConversation(draftId);
    await fillCheckIn(first, 'x'.repeat(25_000));
    first.remove();

    const second = await sessionConversation(draftId);
    await waitUntil(() => getHeading(second) === 'How are things?', 'stage not restored', { timeout: 5000 });
    await settle(second);
    expect(deepFind<HTMLTextAreaElement>(second, 'textarea')[1].value).to.equal(agreedText);
    expect(second.shadowRoot!.querySelector('[part="recovered"]')).to.equal(null);
    await deleteDraft(second);
  });

  it('shows no private note in the recovered-text panel while the screen is shared', async () => {
    const el = await readyConversation(html`<wcg-conversation share-screen persist="host" draft-id="appraisal-shared"></wcg-conversation>`);
    const broken = { schemaVersion: 99, state: { notes: { checkIn: secret }, agreed: { checkIn: agreedText } } };
    expect(el.restoreDraft(broken)).to.equal(false);
    await settle(el);
    const recovered = el.shadowRoot!.querySelector('[part="recovered"]')!.textContent!;
    expect(recovered).to.contain(agreedText);
    expect(recovered).not.to.contain(secret);
  });
});

describe('<wcg-conversation> drafts under a key from the host', () => {
  it('stores no key beside a draft encrypted under draftKey, and restores it with the same key', async () => {
    const key = await hostKey();
    const draftId = uniqueId('appraisal-hostkey');
    const first = await sessionConversation(draftId, { draftKey: () => Promise.resolve(key) });
    await fillCheckIn(first);
    first.remove();
    const stored = await readStore(draftStoreName);
    const keys = (await readStore(keyStoreName)).map((r) => r.value).filter((v): v is CryptoKey => v instanceof CryptoKey && v.algorithm.name === 'AES-GCM');
    for (const { value } of stored) {
      const record = value as { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer };
      for (const candidate of keys) {
        const opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: record.iv }, candidate, record.data).then(() => true, () => false);
        expect(opened, 'a key kept on this device opens the draft').to.equal(false);
      }
    }

    const second = await sessionConversation(draftId, { draftKey: key });
    await waitUntil(() => getHeading(second) === 'How are things?', 'stage not restored', { timeout: 5000 });
    await settle(second);
    expect(deepFind<HTMLTextAreaElement>(second, 'textarea')[1].value).to.equal(agreedText);
    await deleteDraft(second);
  });

  it('says honestly what a draft without a host key is protected from', async () => {
    const el = await sessionConversation(uniqueId('appraisal-honest'));
    await fillCheckIn(el);
    expect(getText(el)).to.contain('not from someone with access to this device');
    await deleteDraft(el);
  });
});

describe('<wcg-conversation> a restored draft is never completed', () => {
  it('refuses a forged draft that says the conversation was completed with every consent', async () => {
    const context = initialContext({ topics: ['mood'], today: '2026-11-26' });
    const forged = createDraft({
      ...context, stage: 'complete', outcome: 'completed', agreed: { checkIn: agreedText },
      consent: Object.fromEntries(Object.keys(context.consent).map((k) => [k, true])) as typeof context.consent,
    }, new Date(), await conversationDigest('appraisal-forged'));
    const form = document.createElement('form');
    document.body.append(form);
    try {
      const el = await readyConversation(html`<wcg-conversation name="wellbeing" persist="host" draft-id="appraisal-forged"></wcg-conversation>`);
      form.append(el);
      const completed: Event[] = [];
      el.addEventListener('wcg-complete', (e) => completed.push(e));
      expect(el.restoreDraft(JSON.parse(JSON.stringify(forged)))).to.equal(false);
      await settle(el);
      expect(getHeading(el)).not.to.equal('Conversation complete');
      expect(el.value).to.equal('');
      expect(new FormData(form).get('wellbeing') ?? '').to.equal('');
      expect(completed).to.have.length(0);
    } finally {
      form.remove();
    }
  });
});

describe('<wcg-conversation> drafts across tabs', () => {
  it('tells another tab when the draft is deleted, so continuing there cannot bring it back', async () => {
    const draftId = uniqueId('appraisal-tabs');
    const owner = await sessionConversation(draftId);
    await fillCheckIn(owner);
    const other = await sessionConversation(draftId);
    await waitUntil(() => getText(other).includes('open in another tab'), 'no conflict shown', { timeout: 5000 });

    await confirmStartAgain(owner);
    await waitUntil(() => getHeading(other) === 'Before you start', 'the other tab kept the deleted conversation', { timeout: 5000 });
    expect(deepFind<HTMLButtonElement>(other, 'button').map((b) => b.textContent!.trim())).not.to.include('Continue here instead');
    owner.remove();
    other.remove();

    const later = await sessionConversation(draftId);
    expect(getHeading(later)).to.equal('Before you start');
  });
});
