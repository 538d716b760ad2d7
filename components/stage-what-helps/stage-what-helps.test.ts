import { expect, html } from '@open-wc/testing';
import { whatHelpsQuestions } from '../../src/model/conversation.js';
import type { WcgNoteField } from '../note-field/note-field.js';
import { conversationFixture, getText } from '../test-helpers/conversation-fixture.js';
import type { WcgStageWhatHelps } from './stage-what-helps.js';
import { typeNote } from '../test-helpers/typing.js';

async function getFields(el: WcgStageWhatHelps): Promise<WcgNoteField[]> {
  const fields = [...el.shadowRoot!.querySelectorAll<WcgNoteField>('wcg-note-field')];
  await Promise.all(fields.map((f) => f.updateComplete));
  return fields;
}

describe('<wcg-stage-what-helps>', () => {
  it('renders the four questions as agreed wording, each with gentler words, then a private note', async () => {
    const { el } = await conversationFixture<WcgStageWhatHelps>(html`<wcg-stage-what-helps></wcg-stage-what-helps>`);
    const fields = await getFields(el);
    expect(fields.map((f) => [f.kind, f.section])).to.deep.equal([
      ...whatHelpsQuestions.map((q) => ['agreed', `whatHelps.${q}`]),
      ['private', 'whatHelps'],
    ]);
    expect(getText(fields[0])).to.contain('What keeps you well at work?');
    expect(getText(fields[2])).to.contain('If I notice those signs, what would you like me to do?');
    expect(getText(fields[0])).to.contain('In everyday words: What helps you have a good day at work?');
  });

  it('makes the everyday wording part of each answer box\'s description', async () => {
    const { el } = await conversationFixture<WcgStageWhatHelps>(html`<wcg-stage-what-helps></wcg-stage-what-helps>`);
    const fields = await getFields(el);
    const described = fields.slice(0, whatHelpsQuestions.length).map((field) => {
      const root = field.shadowRoot!;
      const ids = root.querySelector('textarea')!.getAttribute('aria-describedby')!.split(' ');
      return ids.map((id) => root.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim()).join(' | ');
    });
    expect(described[0]).to.contain('In everyday words: What helps you have a good day at work?');
    expect(described[1]).to.contain('How can you tell when things are starting to get on top of you?');
    expect(described.every((d) => d.includes('In everyday words:'))).to.equal(true);
  });

  it('is accessible', async () => {
    const { el } = await conversationFixture<WcgStageWhatHelps>(html`<wcg-stage-what-helps></wcg-stage-what-helps>`);
    await getFields(el);
    await expect(el).to.be.accessible();
  });

  it('keeps each answer as the agreed wording of its question', async () => {
    const { el, actor } = await conversationFixture<WcgStageWhatHelps>(html`<wcg-stage-what-helps></wcg-stage-what-helps>`);
    const fields = await getFields(el);
    typeNote(fields[0], 'Walking the dog before a late shift');
    typeNote(fields[1], 'I stop answering messages');
    expect(actor.getSnapshot().context.agreed).to.deep.equal({
      'whatHelps.keepsWell': 'Walking the dog before a late shift',
      'whatHelps.earlySigns': 'I stop answering messages',
    });
  });

  it('keeps the private note out of the agreed wording', async () => {
    const { el, actor } = await conversationFixture<WcgStageWhatHelps>(html`<wcg-stage-what-helps></wcg-stage-what-helps>`);
    const fields = await getFields(el);
    typeNote(fields[4], 'Check in after the rota change');
    expect(actor.getSnapshot().context.notes).to.deep.equal({ whatHelps: 'Check in after the rota change' });
    expect(actor.getSnapshot().context.agreed).to.deep.equal({});
  });
});
