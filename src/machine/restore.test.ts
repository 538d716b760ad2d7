import { expect } from '@open-wc/testing';
import { createActor } from 'xstate';
import { conversationMachine } from './conversation.machine.js';
import { restoredSnapshot } from './restore.js';
import { startConversation } from './test-helpers.js';

describe('restoredSnapshot', () => {
  it('carries on at the saved stage and topic with everything typed', () => {
    const c = startConversation();
    c.send({ type: 'topic.toggle', id: 'mood' }, { type: 'topic.toggle', id: 'money' }, { type: 'agreed.set', section: 'topic.mood', text: 'Low' });
    c.nextUntil('explore');
    c.send({ type: 'stage.next' });
    const saved = JSON.parse(JSON.stringify(c.context()));
    const actor = createActor(conversationMachine, { snapshot: restoredSnapshot(saved), input: {} }).start();
    expect(actor.getSnapshot().context.stage).to.equal('explore');
    expect(actor.getSnapshot().context.topicIndex).to.equal(1);
    expect(actor.getSnapshot().context.agreed['topic.mood']).to.equal('Low');
    actor.send({ type: 'stage.back' });
    expect(actor.getSnapshot().context.topicIndex).to.equal(0);
    actor.send({ type: 'safety.open' });
    actor.send({ type: 'safety.close' });
    expect(actor.getSnapshot().context.stage).to.equal('explore');
  });
});
