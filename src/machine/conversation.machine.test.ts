import { expect } from '@open-wc/testing';
import type { StageId } from '../model/stages.js';
import { startConversation, testToday } from './test-helpers.js';

const previousActions = [
  { id: 'p1', text: 'Try the later shift pattern', owner: 'manager' as const, due: '2026-03-01' },
  { id: 'p2', text: 'Book an occupational health appointment', owner: 'staff' as const, due: '' },
];

describe('conversationMachine: stages', () => {
  it('walks every stage in order without a previous record or topics, skipping review and explore', () => {
    const c = startConversation();
    const seen: StageId[] = [c.stage()];
    while (c.stage() !== 'complete') {
      c.send({ type: 'stage.next' });
      seen.push(c.stage());
    }
    expect(seen).to.deep.equal(['prepare', 'open', 'checkIn', 'chooseTopics', 'whatHelps', 'plan', 'agree', 'complete']);
    expect(c.context().outcome).to.equal('completed');
  });

  it('emits a stage change for each move, and complete once at the end', () => {
    const c = startConversation();
    c.nextUntil('complete');
    const changes = c.emitted.filter((e) => e.type === 'stageChange');
    expect(changes.map((e) => e.type === 'stageChange' && `${e.previous}>${e.stage}`)).to.deep.equal([
      'prepare>open', 'open>checkIn', 'checkIn>chooseTopics', 'chooseTopics>whatHelps', 'whatHelps>plan', 'plan>agree', 'agree>complete',
    ]);
    expect(c.emitted.filter((e) => e.type === 'complete')).to.deep.equal([{ type: 'complete', outcome: 'completed' }]);
  });

  it('reviews the previous record between open and check-in', () => {
    const c = startConversation({ previousActions });
    c.nextUntil('open');
    c.send({ type: 'stage.next' });
    expect(c.stage()).to.equal('review');
    c.send({ type: 'review.set', actionId: 'p1', status: 'done', note: 'Much better' }, { type: 'review.set', actionId: 'p2', status: 'inProgress' });
    c.send({ type: 'review.set', actionId: 'unknown', status: 'done' });
    expect(c.context().reviews).to.deep.equal({ p1: { status: 'done', note: 'Much better' }, p2: { status: 'inProgress', note: '' } });
    c.send({ type: 'stage.next' });
    expect(c.stage()).to.equal('checkIn');
    c.send({ type: 'stage.back' });
    expect(c.stage()).to.equal('review');
  });

  it('explores each chosen topic in the order the staff member set', () => {
    const c = startConversation();
    c.nextUntil('chooseTopics');
    c.send({ type: 'topic.toggle', id: 'mood' }, { type: 'topic.toggle', id: 'workload' }, { type: 'topic.toggle', id: 'money' });
    c.send({ type: 'topic.move', id: 'money', by: -2 });
    expect(c.context().chosenTopics).to.deep.equal(['money', 'mood', 'workload']);
    const order: string[] = [];
    c.send({ type: 'stage.next' });
    while (c.stage() === 'explore') {
      order.push(c.context().chosenTopics[c.context().topicIndex]);
      c.send({ type: 'stage.next' });
    }
    expect(order).to.deep.equal(['money', 'mood', 'workload']);
    expect(c.stage()).to.equal('whatHelps');
  });

  it('ignores topics that are not offered', () => {
    const c = startConversation();
    c.send({ type: 'topic.toggle', id: 'notATopic' });
    expect(c.context().chosenTopics).to.deep.equal([]);
  });

  it('skips a topic mid-way and records that it was skipped', () => {
    const c = startConversation();
    c.send({ type: 'topic.toggle', id: 'workload' }, { type: 'topic.toggle', id: 'mood' });
    c.nextUntil('explore');
    c.send({ type: 'topic.skip' });
    expect(c.context().topicIndex).to.equal(1);
    c.send({ type: 'topic.skip' });
    expect(c.stage()).to.equal('whatHelps');
    expect(c.context().skippedTopics).to.deep.equal(['workload', 'mood']);
  });

  it('goes back from every stage to the one before, topic by topic', () => {
    const c = startConversation({ previousActions });
    c.send({ type: 'topic.toggle', id: 'workload' }, { type: 'topic.toggle', id: 'mood' });
    c.nextUntil('agree');
    const seen: string[] = [];
    while (c.stage() !== 'prepare') {
      c.send({ type: 'stage.back' });
      seen.push(c.stage() === 'explore' ? `explore:${c.context().chosenTopics[c.context().topicIndex]}` : c.stage());
    }
    expect(seen).to.deep.equal(['plan', 'whatHelps', 'explore:mood', 'explore:workload', 'chooseTopics', 'checkIn', 'review', 'open', 'prepare']);
  });

  it('ends with outcome declined when the staff member declines, discards private notes, and nothing can be edited after', () => {
    const c = startConversation();
    c.send({ type: 'note.set', section: 'open', text: 'secret' });
    c.nextUntil('open');
    c.send({ type: 'open.decline' });
    expect(c.stage()).to.equal('complete');
    expect(c.context().outcome).to.equal('declined');
    expect(c.emitted.filter((e) => e.type === 'complete')).to.deep.equal([{ type: 'complete', outcome: 'declined' }]);
    expect(c.context().notes).to.deep.equal({});
    c.send({ type: 'note.set', section: 'open', text: 'changed' }, { type: 'stage.next' });
    expect(c.context().notes).to.deep.equal({});
    expect(c.stage()).to.equal('complete');
  });

  it('keeps everything typed when moving back and forth', () => {
    const c = startConversation();
    c.nextUntil('checkIn');
    c.send({ type: 'note.set', section: 'checkIn', text: 'tired' }, { type: 'agreed.set', section: 'checkIn', text: 'Busy month' });
    c.nextUntil('plan');
    c.send({ type: 'action.add' }, { type: 'action.update', id: 'a1', text: 'Take a proper lunch break', owner: 'both' });
    for (let i = 0; i < 4; i++) c.send({ type: 'stage.back' });
    c.nextUntil('plan');
    expect(c.context().notes.checkIn).to.equal('tired');
    expect(c.context().agreed.checkIn).to.equal('Busy month');
    expect(c.context().actions).to.deep.equal([{ id: 'a1', text: 'Take a proper lunch break', owner: 'both', due: '' }]);
  });

  it('starts again from nothing on reset, keeping the offered topics and previous record', () => {
    const c = startConversation({ previousActions });
    c.send({ type: 'note.set', section: 'prepare', text: 'x' }, { type: 'topic.toggle', id: 'mood' });
    c.nextUntil('plan');
    c.send({ type: 'reset' });
    expect(c.stage()).to.equal('prepare');
    expect(c.context().notes).to.deep.equal({});
    expect(c.context().chosenTopics).to.deep.equal([]);
    expect(c.context().availableTopics).to.have.length(4);
    expect(c.context().previousActions).to.have.length(2);
  });
});

describe('conversationMachine: plan rules', () => {
  it('will not leave the plan with an empty action, a past due date or a review date not in the future', () => {
    const c = startConversation();
    c.nextUntil('plan');
    c.send({ type: 'action.add' }, { type: 'action.update', id: 'a1', due: '2020-01-01' });
    c.send({ type: 'adjustment.add' }, { type: 'adjustment.update', id: 'j2', text: 'Fan at the desk', status: 'notPossible' });
    c.send({ type: 'reviewDate.set', date: testToday });
    c.send({ type: 'stage.next' });
    expect(c.stage()).to.equal('plan');
    expect(c.context().planErrors).to.deep.equal([
      { field: 'actions.a1.text', key: 'plan.errors.actionText' },
      { field: 'actions.a1.due', key: 'plan.errors.duePast' },
      { field: 'adjustments.j2.reason', key: 'plan.errors.adjustmentReason' },
      { field: 'reviewDate', key: 'plan.errors.reviewDateFuture' },
    ]);
  });

  it('updates the errors as they are mended and then moves on', () => {
    const c = startConversation();
    c.nextUntil('plan');
    c.send({ type: 'action.add' }, { type: 'reviewDate.set', date: '2026-02-30' }, { type: 'stage.next' });
    expect(c.context().planErrors.map((e) => e.key)).to.deep.equal(['plan.errors.actionText', 'plan.errors.dateInvalid']);
    c.send({ type: 'action.update', id: 'a1', text: 'Talk to rota coordinator' });
    expect(c.context().planErrors.map((e) => e.field)).to.deep.equal(['reviewDate']);
    c.send({ type: 'reviewDate.set', date: '2027-05-01' }, { type: 'stage.next' });
    expect(c.stage()).to.equal('agree');
    expect(c.context().planErrors).to.deep.equal([]);
  });

  it('says the plan was rejected on each Continue that finds problems, and never on an edit', () => {
    const c = startConversation();
    c.nextUntil('plan');
    const rejected = () => c.emitted.filter((e) => e.type === 'planRejected').length;
    c.send({ type: 'action.add' }, { type: 'stage.next' });
    expect(rejected()).to.equal(1);
    c.send({ type: 'stage.next' });
    expect(rejected()).to.equal(2);
    c.send({ type: 'action.update', id: 'a1', text: 'Talk to rota coordinator' });
    expect(rejected()).to.equal(2);
    c.send({ type: 'stage.next' });
    expect(c.stage()).to.equal('agree');
    expect(rejected()).to.equal(2);
  });

  it('removes actions and adjustments, and toggles services', () => {
    const c = startConversation();
    c.send({ type: 'action.add' }, { type: 'action.add' }, { type: 'action.remove', id: 'a1' });
    c.send({ type: 'adjustment.add' }, { type: 'adjustment.remove', id: 'j3' });
    c.send({ type: 'service.toggle', id: 'eap' }, { type: 'service.toggle', id: 'ohs' }, { type: 'service.toggle', id: 'eap' });
    expect(c.context().actions.map((a) => a.id)).to.deep.equal(['a2']);
    expect(c.context().adjustments).to.deep.equal([]);
    expect(c.context().services).to.deep.equal(['ohs']);
  });
});

describe('conversationMachine: check page', () => {
  it('goes to a stage through a Change link and comes straight back on Continue', () => {
    const c = startConversation();
    c.send({ type: 'topic.toggle', id: 'workload' }, { type: 'topic.toggle', id: 'mood' });
    c.nextUntil('agree');
    c.send({ type: 'stage.change', stage: 'explore', topic: 'mood' });
    expect(c.stage()).to.equal('explore');
    expect(c.context().topicIndex).to.equal(1);
    c.send({ type: 'stage.next' });
    expect(c.stage()).to.equal('agree');
    c.send({ type: 'stage.change', stage: 'checkIn' }, { type: 'stage.next' });
    expect(c.stage()).to.equal('agree');
  });

  it('refuses a Change link to a stage this conversation does not have', () => {
    const c = startConversation();
    c.nextUntil('agree');
    c.send({ type: 'stage.change', stage: 'review' }, { type: 'stage.change', stage: 'explore' }, { type: 'stage.change', stage: 'complete' });
    expect(c.stage()).to.equal('agree');
  });

  it('records consent per section', () => {
    const c = startConversation();
    c.send({ type: 'consent.set', section: 'actions', given: true }, { type: 'consent.set', section: 'summary', given: true });
    c.send({ type: 'consent.set', section: 'summary', given: false });
    expect(c.context().consent.actions).to.equal(true);
    expect(c.context().consent.summary).to.equal(false);
    expect(c.emitted.filter((e) => e.type === 'change').map((e) => e.type === 'change' && e.field)).to.deep.equal(['consent', 'consent', 'consent']);
  });

  it('announces a change by the kind of field and the stage alone, never a topic or a section', () => {
    const c = startConversation();
    c.send({ type: 'topic.toggle', id: 'mood' });
    c.nextUntil('explore');
    c.send({ type: 'note.set', section: 'topic.mood', text: 'Low since the move' }, { type: 'agreed.set', section: 'topic.mood', text: 'Talk again' });
    c.nextUntil('whatHelps');
    c.send({ type: 'agreed.set', section: 'whatHelps.keepsWell', text: 'Walking' });
    c.nextUntil('agree');
    c.send({ type: 'consent.set', section: 'topics', given: true }, { type: 'evaluation.consent', given: true });
    expect(c.emitted.filter((e) => e.type === 'change')).to.deep.equal([
      { type: 'change', field: 'topics', stage: 'prepare' },
      { type: 'change', field: 'notes', stage: 'explore' },
      { type: 'change', field: 'agreed', stage: 'explore' },
      { type: 'change', field: 'agreed', stage: 'whatHelps' },
      { type: 'change', field: 'consent', stage: 'agree' },
      { type: 'change', field: 'evaluationConsent', stage: 'agree' },
    ]);
  });

  it('keeps consent to share anonymous numbers apart from the record\'s sections', () => {
    const c = startConversation();
    c.nextUntil('agree');
    c.send({ type: 'evaluation.consent', given: true });
    expect(c.context().evaluationConsent).to.equal(true);
    expect(Object.values(c.context().consent)).to.deep.equal(Object.values(c.context().consent).map(() => false));
    c.send({ type: 'evaluation.consent', given: false });
    expect(c.context().evaluationConsent).to.equal(false);
  });
});

describe('conversationMachine: safety steps', () => {
  const stagesWithTopic = (c: ReturnType<typeof startConversation>) => {
    c.send({ type: 'topic.toggle', id: 'workload' }, { type: 'topic.toggle', id: 'mood' });
  };

  for (const target of ['prepare', 'open', 'review', 'checkIn', 'chooseTopics', 'explore', 'whatHelps', 'plan', 'agree', 'complete'] as const) {
    it(`opens from ${target} and returns to the same stage and topic`, () => {
      const c = startConversation({ previousActions });
      stagesWithTopic(c);
      c.nextUntil(target);
      if (target === 'explore') c.send({ type: 'stage.next' });
      const before = { stage: c.stage(), topicIndex: c.context().topicIndex };
      c.send({ type: 'safety.open', path: 'suicide' });
      expect(c.inSafety()).to.equal(true);
      c.send({ type: 'stage.next' }, { type: 'safety.path', path: 'domesticAbuse' });
      expect(c.context().safetyPath).to.equal('domesticAbuse');
      c.send({ type: 'safety.close' });
      expect(c.inSafety()).to.equal(false);
      expect({ stage: c.stage(), topicIndex: c.context().topicIndex }).to.deep.equal(before);
      expect(c.emitted.filter((e) => e.type === 'safetyOpened')).to.deep.equal([{ type: 'safetyOpened', path: 'suicide' }]);
      expect(c.emitted.filter((e) => e.type === 'complete')).to.have.length(target === 'complete' ? 1 : 0);
    });
  }

  it('notes that safety steps were opened, without a path when none was chosen', () => {
    const c = startConversation();
    c.send({ type: 'safety.open' });
    expect(c.context().safetyOpened).to.equal(true);
    expect(c.context().safetyPath).to.equal(null);
    for (const path of ['suicide', 'domesticAbuse', 'safeguarding'] as const) {
      c.send({ type: 'safety.path', path });
      expect(c.context().safetyPath).to.equal(path);
    }
  });
});

describe('conversationMachine: completion', () => {
  it('discards private notes when the conversation is agreed, keeping the agreed wording', () => {
    const c = startConversation();
    c.send({ type: 'note.set', section: 'checkIn', text: 'private' }, { type: 'agreed.set', section: 'checkIn', text: 'agreed' });
    c.nextUntil('complete');
    expect(c.context().notes).to.deep.equal({});
    expect(c.context().agreed).to.deep.equal({ checkIn: 'agreed' });
  });
});
