import { expect } from '@open-wc/testing';
import { carryOver } from './carry-over.js';
import { initialContext } from './conversation.context.js';
import type { ConversationContext } from '../model/conversation.js';

const lastPlan = [{ id: 'p1', text: 'Try the later shift pattern', owner: 'manager' as const, due: '' }];

function midConversation(): ConversationContext {
  return {
    ...initialContext({ topics: ['workload', 'sleepEnergy', 'parking'], today: '2026-11-26', previousActions: lastPlan }),
    stage: 'explore',
    chosenTopics: ['sleepEnergy', 'parking'],
    skippedTopics: ['parking'],
    topicIndex: 1,
    reviews: { p1: { status: 'done', note: 'It helped' } },
    notes: { checkIn: 'Tired', 'topic.parking': 'Car park full by 7' },
    agreed: { checkIn: 'A hard month' },
    actions: [{ id: 'a1', text: 'Ask about rota', owner: 'manager', due: '' }],
    consent: { ...initialContext().consent, review: true, summary: true },
  };
}

describe('carryOver', () => {
  it('keeps everything typed, chosen and agreed, and the stage, when the config changes', () => {
    const before = midConversation();
    const after = carryOver(before, { topics: ['sleepEnergy', 'parking', 'money'], previousActions: lastPlan });
    expect(after).to.deep.equal({ ...before, availableTopics: ['sleepEnergy', 'parking', 'money'] });
  });

  it('drops topics no longer offered from the choice, keeps their words, and stays on a topic that is left', () => {
    const after = carryOver(midConversation(), { topics: ['workload', 'sleepEnergy'], previousActions: lastPlan });
    expect(after.chosenTopics).to.deep.equal(['sleepEnergy']);
    expect(after.skippedTopics).to.deep.equal([]);
    expect(after.topicIndex).to.equal(0);
    expect(after.stage).to.equal('explore');
    expect(after.notes['topic.parking']).to.equal('Car park full by 7');
  });

  it('goes back to choosing topics when none of the chosen ones is offered any more', () => {
    const after = carryOver(midConversation(), { topics: ['money'], previousActions: lastPlan });
    expect(after.stage).to.equal('chooseTopics');
    expect(after.chosenTopics).to.deep.equal([]);
  });

  it('leaves the review of a last plan that is gone, with its answers and consent', () => {
    const before = { ...midConversation(), stage: 'review' as const };
    const after = carryOver(before, { topics: before.availableTopics, previousActions: [] });
    expect(after.stage).to.equal('checkIn');
    expect(after.previousActions).to.deep.equal([]);
    expect(after.reviews).to.deep.equal({});
    expect(after.consent.review).to.equal(false);
    expect(after.agreed).to.deep.equal(before.agreed);
  });
});
