import { expect, html, oneEvent } from '@open-wc/testing';
import { initialContext } from '../../src/machine/conversation.context.js';
import type { AgreedRecord } from '../../src/record/record.types.js';
import { clickButton, confirmDecline, readyConversation } from '../test-helpers/conversation-helpers.js';

const RealDate = Date;

/** Runs `work` with the clock stopped at `iso`: `new Date()` and `Date.now()` give that moment. */
async function atMoment<T>(iso: string, work: () => Promise<T> | T): Promise<T> {
  const fixed = new RealDate(iso).getTime();
  class StoppedDate extends RealDate {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(fixed);
      else super(...(args as [number]));
    }

    static override now(): number {
      return fixed;
    }
  }
  globalThis.Date = StoppedDate as DateConstructor;
  try {
    return await work();
  } finally {
    globalThis.Date = RealDate;
  }
}

describe('<wcg-conversation> dates', () => {
  it('starts a conversation on the wall-clock date, not the UTC one, just after midnight in summer time', async () => {
    expect(await atMoment('2026-06-30T23:30:00Z', () => initialContext().today)).to.equal('2026-07-01');
    expect(await atMoment('2026-10-24T23:30:00Z', () => initialContext().today)).to.equal('2026-10-25');
  });

  it('dates the record by the wall clock at 00:30 in British Summer Time', async () => {
    const record = await atMoment('2026-06-30T23:30:00Z', async () => {
      const el = await readyConversation(html`<wcg-conversation></wcg-conversation>`);
      await clickButton(el, 'Continue');
      const complete = oneEvent(el, 'wcg-complete');
      await confirmDecline(el);
      return ((await complete).detail as { record: AgreedRecord }).record;
    });
    expect(record.date).to.equal('2026-07-01');
  });
});
