import { expect, html } from '@open-wc/testing';
import { conversationFixture, getText } from '../test-helpers/conversation-fixture.js';
import type { WcgPromptCard } from './prompt-card.js';

const moodCard = html`<wcg-prompt-card
  prompt-key="topics:mood.prompt"
  gentler-key="topics:mood.gentler"
  cultural-note-key="topics:mood.culturalNote"
  .followUpKeys=${['topics:mood.followUps.0', 'topics:mood.followUps.1']}
  .listenForKeys=${['topics:mood.listenFor.0']}
  .avoidKeys=${['topics:mood.avoid.0']}
></wcg-prompt-card>`;

function getPart(el: WcgPromptCard, part: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${part}"]`);
}

function getToggle(el: WcgPromptCard): HTMLButtonElement {
  return el.shadowRoot!.querySelector('button')!;
}

function isShown(element: HTMLElement): boolean {
  return !element.hidden && element.getClientRects().length > 0;
}

describe('<wcg-prompt-card>', () => {
  it('renders the question large, with its follow-ups', async () => {
    const { el } = await conversationFixture<WcgPromptCard>(moodCard);
    const prompt = getPart(el, 'prompt')!;
    expect(prompt.textContent).to.equal('How have you been feeling in yourself lately?');
    expect(parseFloat(getComputedStyle(prompt).fontSize)).to.be.greaterThan(parseFloat(getComputedStyle(el).fontSize));
    const followUps = getPart(el, 'follow-ups')!;
    expect(followUps.querySelector('h3')!.textContent).to.equal('You could also ask');
    expect([...followUps.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'What has been on your mind the most?',
      'What helps you on the harder days?',
    ]);
  });

  it('is accessible', async () => {
    const { el } = await conversationFixture<WcgPromptCard>(moodCard);
    await expect(el).to.be.accessible();
    getToggle(el).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('reveals the gentler wording with "Say it another way", and says so through aria-expanded', async () => {
    const { el } = await conversationFixture<WcgPromptCard>(moodCard);
    const toggle = getToggle(el);
    const gentler = getPart(el, 'gentler')!;
    expect(toggle.textContent!.trim()).to.equal('Say it another way');
    expect(toggle.getAttribute('aria-controls')).to.equal(gentler.id);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(isShown(gentler)).to.equal(false);

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(isShown(gentler)).to.equal(true);
    expect(gentler.textContent).to.equal('Have you had a lot on your mind, or felt under pressure?');

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(isShown(gentler)).to.equal(false);
  });

  it('starts a new question in its main wording', async () => {
    const { el } = await conversationFixture<WcgPromptCard>(moodCard);
    getToggle(el).click();
    await el.updateComplete;
    el.promptKey = 'topics:money.prompt';
    el.gentlerKey = 'topics:money.gentler';
    await el.updateComplete;
    expect(getToggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(isShown(getPart(el, 'gentler')!)).to.equal(false);
  });

  it('has no "Say it another way" button without a gentler wording', async () => {
    const { el } = await conversationFixture<WcgPromptCard>(html`<wcg-prompt-card prompt-key="topics:mood.prompt"></wcg-prompt-card>`);
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    expect(getPart(el, 'gentler')).to.equal(null);
    expect(getPart(el, 'follow-ups')).to.equal(null);
    expect(getPart(el, 'guidance')).to.equal(null);
  });

  it('marks the guidance as for the manager, with what to listen for, avoid and a cultural note', async () => {
    const { el } = await conversationFixture<WcgPromptCard>(moodCard);
    const guidance = getPart(el, 'guidance')!;
    expect(guidance.querySelector('h3')!.textContent).to.equal('For you, not to read out');
    expect([...guidance.querySelectorAll('h4')].map((h) => h.textContent)).to.deep.equal(['Listen for', 'Avoid', 'Cultural note']);
    expect(getText(el)).to.contain('Naming a condition, even kindly.');
    expect(getText(el)).to.contain('Many people do not use mental-health words.');
  });

  it('puts its headings at the level it is given', async () => {
    const { el } = await conversationFixture<WcgPromptCard>(moodCard);
    el.headingLevel = 4;
    await el.updateComplete;
    expect(getPart(el, 'follow-ups')!.querySelector('h4')!.textContent).to.equal('You could also ask');
    expect(getPart(el, 'guidance')!.querySelectorAll('h5')).to.have.length(3);
  });

  it('hides the guidance entirely when the screen is shared', async () => {
    const { el } = await conversationFixture<WcgPromptCard>(moodCard, { shareScreen: true });
    expect(getPart(el, 'guidance')).to.equal(null);
    expect(getText(el)).not.to.contain('Listen for');
    expect(getText(el)).not.to.contain('Naming a condition');
    expect(getPart(el, 'prompt')).to.exist;
    expect(getPart(el, 'follow-ups')).to.exist;
  });
});

describe('<wcg-prompt-card> with the staff member\'s language', () => {
  async function withStaffLanguage(language: string, reviewed: boolean) {
    const fixture = await conversationFixture<WcgPromptCard>(moodCard, { staffLanguage: language });
    fixture.i18n.addResourceBundle(language, 'topics', { mood: { prompt: 'STAFF PROMPT', gentler: 'STAFF GENTLER' } }, true, true);
    fixture.i18n.addResourceBundle(language, 'meta', { name: language, reviewed }, true, true);
    fixture.el.requestUpdate();
    await fixture.el.updateComplete;
    return fixture;
  }

  it('shows the question in both languages side by side, marked with its language and direction', async () => {
    const { el } = await withStaffLanguage('ur', true);
    const staff = getPart(el, 'staff-language')!;
    expect(getPart(el, 'prompt')!.textContent).to.equal('How have you been feeling in yourself lately?');
    expect(staff.getAttribute('lang')).to.equal('ur');
    expect(staff.getAttribute('dir')).to.equal('rtl');
    expect(staff.textContent).to.contain('STAFF PROMPT');
    expect(staff.textContent).not.to.contain('not yet been checked');
    await expect(el).to.be.accessible();
  });

  it('shows the gentler wording in both languages and a notice when the translation is unreviewed', async () => {
    const { el } = await withStaffLanguage('pl', false);
    getToggle(el).click();
    await el.updateComplete;
    const staff = getPart(el, 'staff-language')!;
    expect(staff.textContent).to.contain('STAFF GENTLER');
    expect(staff.getAttribute('dir')).to.equal('ltr');
    expect(staff.textContent).to.contain('This translation has not yet been checked by a native speaker.');
  });

  it('shows nothing extra when the staff member\'s language has no text for the question', async () => {
    const { el } = await conversationFixture<WcgPromptCard>(moodCard, { staffLanguage: 'ro' });
    expect(getPart(el, 'staff-language')).to.equal(null);
  });
});
