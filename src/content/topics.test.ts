import { expect } from '@open-wc/testing';
import topics from '../../locales/en-GB/topics.json' with { type: 'json' };
import { builtInTopics, findTopic, topicKeys } from './topics.js';
import { builtInTopicIds, serviceCategories, type TopicDefinition } from './types.js';

// Every leaf of the en-GB topics file as `topics:<path>` → value; array items get their index as a path part.
function getLeaves(value: unknown, path = ''): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [leaf, text] of getLeaves(child, path ? `${path}.${key}` : key)) leaves.set(leaf, text);
    }
  } else {
    leaves.set(`topics:${path}`, value);
  }
  return leaves;
}

const leaves = getLeaves(topics);
const allKeys = builtInTopics.flatMap(topicKeys);

describe('builtInTopics', () => {
  it('has exactly one definition per built-in id, in the same order', () => {
    expect(builtInTopics.map((t) => t.id)).to.deep.equal([...builtInTopicIds]);
  });

  it('keeps its text in the topics namespace', () => {
    for (const topic of builtInTopics) expect(topic.namespace, topic.id).to.equal('topics');
  });

  it('has 2–3 follow-ups, 2–4 things to listen for and 2–3 things to avoid per topic', () => {
    for (const { id, followUps, listenFor, avoid } of builtInTopics) {
      expect(followUps, `${id}.followUps`).to.be.within(2, 3);
      expect(listenFor, `${id}.listenFor`).to.be.within(2, 4);
      expect(avoid, `${id}.avoid`).to.be.within(2, 3);
    }
  });

  it('carries a cultural note on the topics the content brief calls for', () => {
    const withNote = builtInTopics.filter((t) => t.culturalNote).map((t) => t.id);
    expect(withNote).to.include.members(['breaksShifts', 'mood', 'homeCaring', 'faithCulture', 'fairTreatment', 'lifeStage']);
  });

  it('offers at least one valid service category per topic, none twice', () => {
    for (const { id, services } of builtInTopics) {
      expect(services, id).to.not.be.empty;
      expect(new Set(services).size, `${id} repeats a category`).to.equal(services.length);
      for (const category of services) expect(serviceCategories, id).to.include(category);
    }
  });
});

describe('topicKeys', () => {
  it('lists the single fields, then each numbered line, then the cultural note when there is one', () => {
    const topic: TopicDefinition = {
      id: 'parking',
      namespace: 'trust',
      followUps: 2,
      listenFor: 1,
      avoid: 1,
      culturalNote: true,
      services: ['hrPolicies'],
    };
    expect(topicKeys(topic)).to.deep.equal([
      'trust:parking.name',
      'trust:parking.description',
      'trust:parking.prompt',
      'trust:parking.gentler',
      'trust:parking.followUps.0',
      'trust:parking.followUps.1',
      'trust:parking.listenFor.0',
      'trust:parking.avoid.0',
      'trust:parking.culturalNote',
    ]);
    expect(topicKeys({ ...topic, culturalNote: false })).to.not.include('trust:parking.culturalNote');
  });
});

describe('findTopic', () => {
  it('finds a built-in topic by id and returns undefined for an unknown one', () => {
    expect(findTopic('money')).to.equal(builtInTopics[builtInTopicIds.indexOf('money')]);
    expect(findTopic('parking')).to.equal(undefined);
  });
});

describe('locales/en-GB/topics.json', () => {
  it('has a non-empty string for every key a built-in topic needs', () => {
    for (const key of allKeys) {
      const text = leaves.get(key);
      expect(text, key).to.be.a('string');
      expect((text as string).trim(), key).to.not.equal('');
    }
  });

  it('has no keys that the topic definitions do not use', () => {
    const used = new Set(allKeys);
    expect([...leaves.keys()].filter((key) => !used.has(key))).to.deep.equal([]);
  });

  it('explains circumstances in its cultural notes rather than speaking of “many cultures”', () => {
    for (const [key, text] of leaves) if (key.endsWith('.culturalNote')) expect(String(text), key).to.not.match(/many cultures/i);
  });

  it('contains no markup', () => {
    for (const [key, text] of leaves) expect(String(text), key).to.not.match(/[<>]/);
  });
});
