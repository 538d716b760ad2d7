import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import type { Draft } from '../../src/persist/draft.js';
import { clickButton, continueUntil, getHeading, readyConversation } from '../test-helpers/conversation-helpers.js';
import { deepFind } from '../test-helpers/deep-find.js';
import { control, enterDate, noteBox, tick, typeText, viewOf } from '../test-helpers/page-state.js';
import { conversationIn, keptDraft, openReloadPage, pageProblems, reloadOnNextDraftWrite, reloadPage, waitUntilSaved } from '../test-helpers/reload-frame.js';
import { expectReloadKeepsEverything } from '../test-helpers/reload-checks.js';

// Each typed text carries a marker, to look for in storage, and words outside ASCII, which must come back intact.
let typed = 0;
const markers: string[] = [];
function words(what: string): string {
  const marker = `RLD${String(++typed).padStart(2, '0')}`;
  markers.push(marker);
  return `${what} ${marker}: café, Llanelli ŵ ŷ, 😊, دوست, ${'long '.repeat(20)}end`;
}

function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('<wcg-conversation> reload', () => {
  it('restores the stage, the topics, the agreed words, the plan and the consent after a real reload at every stage, but never a private note', async function () {
    // Fifteen real reloads: about 18 s in Chromium and WebKit, 35 s in Firefox, on a busy 2-core machine.
    this.timeout(120_000);
    const name = `reload-${Math.random().toString(36).slice(2)}`;
    const frame = await openReloadPage({ name, review: '', config: '/demo/configs/anytown-acute-trust.json' });
    let el = conversationIn(frame);
    expect(getHeading(el)).to.equal('Before you start');

    await tick(el, control(el, '#prepare-room'));
    await tick(el, control(el, '#prepare-interpreter'));
    await typeText(el, noteBox(el, 'prepare'), words('Booked the quiet room'));
    el = await expectReloadKeepsEverything(frame, name, markers, 'prepare');
    expect(control(el, '#prepare-interpreter').checked).to.equal(true);

    await clickButton(el, 'Continue');
    expect(getHeading(el)).to.equal('Explain what this conversation is for');
    await typeText(el, noteBox(el, 'open'), words('Happy to talk'));
    el = await expectReloadKeepsEverything(frame, name, markers, 'open');

    await clickButton(el, 'Continue');
    expect(getHeading(el)).to.equal('Look back at your last plan');
    await tick(el, control(el, '#status-0-done'));
    await tick(el, control(el, '#status-1-inProgress'));
    await typeText(el, control<HTMLTextAreaElement>(el, '#note-0'), words('Later shifts helped'));
    await typeText(el, control<HTMLTextAreaElement>(el, '#note-1'), words('First session booked'));
    await typeText(el, noteBox(el, 'review'), words('Went well'));
    el = await expectReloadKeepsEverything(frame, name, markers, 'review');

    await clickButton(el, 'Continue');
    expect(getHeading(el)).to.equal('How are things?');
    await typeText(el, noteBox(el, 'checkIn'), words('Tired after nights'));
    await typeText(el, noteBox(el, 'checkIn', 'agreed'), words('A hard month'));
    el = await expectReloadKeepsEverything(frame, name, markers, 'check-in');

    await clickButton(el, 'Continue');
    expect(getHeading(el)).to.equal('What would you like to talk about?');
    const topics = deepFind<HTMLInputElement>(el, 'input[id^="topic-"]');
    const pick = (id: string) => topics.find((box) => box.value === id)!;
    await tick(el, pick('workload'));
    await tick(el, pick('sleepEnergy'));
    await tick(el, pick('travelToWork'));
    await clickButton(el, 'Move up Sleep and energy');
    el = await expectReloadKeepsEverything(frame, name, markers, 'choose topics');
    expect(el.currentContext()!.chosenTopics).to.deep.equal(['sleepEnergy', 'workload', 'travelToWork']);

    for (const [topic, heading] of [['sleepEnergy', 'Sleep and energy'], ['workload', 'Work and workload'], ['travelToWork', 'Getting to work']]) {
      await clickButton(el, 'Continue');
      expect(getHeading(el)).to.equal(`Talking about: ${heading}`);
      await typeText(el, noteBox(el, `topic.${topic}`), words(`Private on ${topic}`));
      await typeText(el, noteBox(el, `topic.${topic}`, 'agreed'), words(`Agreed on ${topic}`));
      const service = deepFind<HTMLInputElement>(el, 'input[id^="service-"][id$="-choose"]')[0];
      if (service) await tick(el, service);
      el = await expectReloadKeepsEverything(frame, name, markers, `explore ${topic}`);
    }
    expect(el.currentContext()!.services.length).to.be.greaterThan(0);

    await clickButton(el, 'Continue');
    expect(getHeading(el)).to.equal('What helps you stay well');
    for (const question of ['keepsWell', 'earlySigns', 'ifWeNotice', 'ownSteps']) {
      await typeText(el, noteBox(el, `whatHelps.${question}`, 'agreed'), words(question));
    }
    await typeText(el, noteBox(el, 'whatHelps'), words('Walks help'));
    el = await expectReloadKeepsEverything(frame, name, markers, 'what helps');

    // Safety steps opened just before the reload: the page comes back on the stage behind them.
    const whatHelps = viewOf(el);
    await clickButton(el, 'Safety steps');
    expect(getHeading(el)).to.equal('Safety steps');
    await waitUntilSaved(el, name);
    await reloadPage(frame);
    el = conversationIn(frame);
    await waitUntil(() => viewOf(el).draftKept, 'the draft notice did not come back', { timeout: 20000 });
    expect(viewOf(el)).to.deep.equal(whatHelps);

    await clickButton(el, 'Continue');
    expect(getHeading(el)).to.equal('Agree a plan');
    await clickButton(el, 'Add an action');
    await typeText(el, control(el, '#actions-a1-text'), words('Ask about the rota'));
    await tick(el, control(el, '#actions-a1-owner-manager'));
    await enterDate(el, 'actions-a1-due', daysFromToday(14));
    await clickButton(el, 'Add an action');
    await typeText(el, control(el, '#actions-a2-text'), words('Try the cycle scheme'));
    await clickButton(el, 'Add a change');
    await typeText(el, control(el, '#adjustments-j3-text'), words('No nights for a month'));
    await tick(el, control(el, '#adjustments-j3-status-notPossible'));
    // Continue with a required reason missing: the problems shown must come back too.
    await clickButton(el, 'Continue');
    expect(deepFind(el, 'wcg-error-summary').length).to.equal(1);
    el = await expectReloadKeepsEverything(frame, name, markers, 'plan with problems');

    await typeText(el, control<HTMLTextAreaElement>(el, '#adjustments-j3-reason'), words('Rota is set for the quarter'));
    await enterDate(el, 'reviewDate', daysFromToday(180));
    await typeText(el, noteBox(el, 'plan'), words('Check rota with matron'));
    el = await expectReloadKeepsEverything(frame, name, markers, 'plan');

    await clickButton(el, 'Continue');
    expect(getHeading(el)).to.equal('Check and agree what is recorded');
    await tick(el, control(el, '#consent-actions'));
    await tick(el, control(el, '#consent-whatHelps'));
    await tick(el, control(el, '#consent-summary'));
    await tick(el, control(el, '#consent-summary'));
    el = await expectReloadKeepsEverything(frame, name, markers, 'check and agree');
    expect(el.currentContext()!.consent).to.include({ actions: true, whatHelps: true, summary: false, review: false });

    // Gone back from the check page to change something: after a reload, Continue still leads back to it.
    await clickButton(el, 'Change Actions');
    expect(getHeading(el)).to.equal('Agree a plan');
    el = await expectReloadKeepsEverything(frame, name, markers, 'plan, changed from the check page');
    await clickButton(el, 'Save and go back to check');
    expect(getHeading(el)).to.equal('Check and agree what is recorded');

    // Finishing wipes the draft: a reload starts a new conversation with nothing in it.
    await clickButton(el, 'Agree and record');
    expect(getHeading(el)).to.equal('Conversation complete');
    await reloadPage(frame);
    el = conversationIn(frame);
    expect(getHeading(el)).to.equal('Before you start');
    expect(el.currentContext()!.notes).to.deep.equal({});
    expect(await keptDraft(name)).to.equal(undefined);
    expect(pageProblems(frame)).to.deep.equal([]);
  });

  it('keeps what was typed the moment before a reload', async () => {
    const name = `reload-${Math.random().toString(36).slice(2)}`;
    const frame = await openReloadPage({ name });
    let el = conversationIn(frame);
    await clickButton(el, 'Continue');
    await clickButton(el, 'Continue');
    await waitUntilSaved(el, name);
    for (const text of ['Typed the moment before', 'And again, then reloaded at once', 'A third time 😊']) {
      const box = noteBox(el, 'checkIn', 'agreed');
      // The page is reloaded the moment the save is handed to IndexedDB, before the write is confirmed.
      await reloadOnNextDraftWrite(frame, () => typeText(el, box, text));
      el = conversationIn(frame);
      expect(getHeading(el)).to.equal('How are things?');
      expect(noteBox(el, 'checkIn', 'agreed').value).to.equal(text);
    }
    expect(pageProblems(frame)).to.deep.equal([]);
  });

  it('hands the host its draft at once when the page is left, without waiting for the pause before saving', async () => {
    const el = await readyConversation(html`<wcg-conversation persist="host" draft-id="appraisal-leaving"></wcg-conversation>`);
    await continueUntil(el, 'How are things?');
    const drafts: Draft[] = [];
    el.addEventListener('wcg-draft', (event) => drafts.push(event.detail.draft as Draft));
    const box = noteBox(el, 'checkIn', 'agreed');
    box.value = 'Typed just before leaving';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(drafts.map((d) => d.state.agreed.checkIn)).to.deep.equal(['Typed just before leaving']);
    // Nothing is left waiting: the pause ends without a second, identical draft. Only the clock can show that
    // none comes: past the 300 ms pause before a host's draft is handed over (drafts.ts).
    await aTimeout(400);
    expect(drafts.length).to.equal(1);
  });
});
