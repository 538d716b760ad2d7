import { expect } from '@open-wc/testing';
import { createActor } from 'xstate';
import { conversationMachine, type ConversationEmitted } from './conversation.machine.js';
import type { StageId } from './stages.js';

function start(input: { hasPreviousRecord?: boolean } = {}) {
  const actor = createActor(conversationMachine, { input });
  const emitted: ConversationEmitted[] = [];
  actor.on('*', (e) => emitted.push(e));
  actor.start();
  return { actor, emitted, stage: () => actor.getSnapshot().value as StageId };
}

describe('conversationMachine', () => {
  it('walks every stage in order without a previous record, skipping review', () => {
    const { actor, stage } = start();
    const seen: StageId[] = [stage()];
    while (stage() !== 'complete') {
      actor.send({ type: 'stage.next' });
      seen.push(stage());
    }
    expect(seen).to.deep.equal(['prepare', 'open', 'checkIn', 'chooseTopics', 'explore', 'whatHelps', 'plan', 'agree', 'complete']);
  });

  it('includes review when there is a previous record', () => {
    const { actor, stage } = start({ hasPreviousRecord: true });
    actor.send({ type: 'stage.next' });
    actor.send({ type: 'stage.next' });
    expect(stage()).to.equal('review');
    actor.send({ type: 'stage.back' });
    expect(stage()).to.equal('open');
  });

  it('goes back one stage at a time', () => {
    const { actor, stage } = start();
    for (let i = 0; i < 7; i++) actor.send({ type: 'stage.next' });
    expect(stage()).to.equal('agree');
    const seen: StageId[] = [];
    while (stage() !== 'prepare') {
      actor.send({ type: 'stage.back' });
      seen.push(stage());
    }
    expect(seen).to.deep.equal(['plan', 'whatHelps', 'explore', 'chooseTopics', 'checkIn', 'open', 'prepare']);
  });

  it('emits complete once, with outcome completed, at the end', () => {
    const { actor, emitted } = start();
    for (let i = 0; i < 8; i++) actor.send({ type: 'stage.next' });
    actor.send({ type: 'stage.next' });
    expect(emitted).to.deep.equal([{ type: 'complete', outcome: 'completed' }]);
  });

  it('ends with outcome declined when the staff member declines at open', () => {
    const { actor, emitted, stage } = start();
    actor.send({ type: 'stage.next' });
    actor.send({ type: 'open.decline' });
    expect(stage()).to.equal('complete');
    expect(actor.getSnapshot().context.outcome).to.equal('declined');
    expect(emitted).to.deep.equal([{ type: 'complete', outcome: 'declined' }]);
  });
});
