import { expect } from '@open-wc/testing';
import { groupTopics, topicGroupIds, topicGroups } from './topic-groups.js';
import { builtInTopics } from './topics.js';
import { builtInTopicIds, type TopicDefinition } from './types.js';

const parking: TopicDefinition = { id: 'parking', namespace: 'trust', followUps: 0, listenFor: 0, avoid: 0, culturalNote: false, services: [] };

describe('topicGroups', () => {
  it('puts every built-in topic in exactly one group', () => {
    const grouped = topicGroupIds.flatMap((id) => topicGroups[id]);
    expect([...grouped].sort()).to.deep.equal([...builtInTopicIds].sort());
  });
});

describe('groupTopics', () => {
  it('keeps the offered order inside each group, puts a trust’s own topics last, and leaves out empty groups', () => {
    const offered = ['beingYourself', 'mood', 'fairTreatment', 'sleepEnergy'].map((id) => builtInTopics.find((t) => t.id === id)!);
    const groups = groupTopics([parking, ...offered]);
    expect(groups.map((g) => [g.id, g.topics.map((t) => t.id)])).to.deep.equal([
      ['health', ['mood', 'sleepEnergy']],
      ['treatedWell', ['beingYourself', 'fairTreatment']],
      ['trust', ['parking']],
    ]);
  });

  it('offers every built-in topic once when nothing is left out', () => {
    expect(groupTopics(builtInTopics).flatMap((g) => g.topics)).to.have.members([...builtInTopics]);
  });
});
