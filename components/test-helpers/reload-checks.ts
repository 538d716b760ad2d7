import { expect, waitUntil } from '@open-wc/testing';
import type { WcgConversation } from '../conversation/conversation.js';
import { draftLimits } from '../../src/persist/draft.js';
import { deepFind } from './deep-find.js';
import { type ConversationView, viewOf } from './page-state.js';
import { conversationIn, keptBytesAsText, pageProblems, reloadPage, waitUntilSaved } from './reload-frame.js';

// The conversation without the date it was restored on, which a reload rightly sets to today.
function contextOf(el: WcgConversation): Record<string, unknown> {
  const { today: _today, ...rest } = JSON.parse(JSON.stringify(el.currentContext())) as Record<string, unknown>;
  return rest;
}

// What a reload brings back: everything but the private notes, which are never kept anywhere.
function withoutPrivateNotes(view: ConversationView): ConversationView {
  return { ...view, controls: view.controls.map((c) => (c.startsWith('wcg-note-field#note-private[') ? c.replace(/ = ".*"$/s, ' = ""') : c)) };
}

/**
 * Waits for the draft `name` to be saved, reloads the page in `frame` for real and checks that the person
 * sees exactly what they saw but the private notes, which are never kept and come back empty, that the
 * conversation behind it is the same but for those notes, and that none of `markers` (put
 * in what was typed) is stored in the clear. `where` names the step in messages. Returns the new element.
 */
export async function expectReloadKeepsEverything(frame: HTMLIFrameElement, name: string, markers: readonly string[], where: string): Promise<WcgConversation> {
  const before = conversationIn(frame);
  await waitUntilSaved(before, name);
  // The browser stops typing and pasting at maxlength: every text field must stop within what a draft keeps. The
  // number boxes of a date are not kept, only the date they make.
  for (const field of deepFind<HTMLInputElement | HTMLTextAreaElement>(before, 'textarea, input[type="text"]:not([inputmode="numeric"])')) {
    expect(field.maxLength, `${where}: #${field.id} is not capped`).to.be.within(1, draftLimits.text);
  }
  const view = withoutPrivateNotes(viewOf(before));
  const context = { ...contextOf(before), notes: {} };
  expect(pageProblems(frame), `${where}: problems before the reload`).to.deep.equal([]);

  await reloadPage(frame);
  const after = conversationIn(frame);
  // The line saying where the draft is kept comes back once the restored draft is saved again.
  await waitUntil(() => viewOf(after).draftKept, `${where}: the draft notice did not come back`, { timeout: 20000 });
  expect(viewOf(after), `${where}: what the page shows after the reload`).to.deep.equal(view);
  expect(contextOf(after), `${where}: the conversation after the reload`).to.deep.equal(context);
  expect(pageProblems(frame), `${where}: problems after the reload`).to.deep.equal([]);
  await expectNothingInTheClear(frame, name, markers, where);
  return after;
}

async function expectNothingInTheClear(frame: HTMLIFrameElement, name: string, markers: readonly string[], where: string): Promise<void> {
  const win = frame.contentWindow!;
  expect(win.sessionStorage.length, `${where}: sessionStorage`).to.equal(0);
  const webStorage = [win.localStorage, win.sessionStorage]
    .flatMap((storage) => Array.from({ length: storage.length }, (_, i) => `${storage.key(i)}=${storage.getItem(storage.key(i)!)}`))
    .join('\n');
  const cipher = await keptBytesAsText(name);
  expect(cipher.length, `${where}: a draft is kept`).to.be.greaterThan(0);
  for (const marker of markers) {
    expect(webStorage, `${where}: web storage`).not.to.contain(marker);
    expect(cipher, `${where}: the kept draft`).not.to.contain(marker);
  }
}
