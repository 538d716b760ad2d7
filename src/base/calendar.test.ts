import { expect } from '@open-wc/testing';
import { addDays, isIsoDate, localDate } from './calendar.js';

describe('calendar', () => {
  it('runs in British time in the tests, as on a ward', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Europe/London');
  });

  it('dates a conversation by the wall clock, not UTC, across the British Summer Time changes', () => {
    // 00:30 on 1 July in BST is still 30 June in UTC.
    expect(localDate(new Date('2026-06-30T23:30:00Z'))).to.equal('2026-07-01');
    // The night the clocks go back: 00:30 BST on 25 October is 23:30 UTC on the 24th.
    expect(localDate(new Date('2026-10-24T23:30:00Z'))).to.equal('2026-10-25');
    // The night the clocks go forward: 00:30 GMT is 00:30 UTC, the same day.
    expect(localDate(new Date('2026-03-29T00:30:00Z'))).to.equal('2026-03-29');
    expect(localDate(new Date('2026-03-29T23:30:00Z'))).to.equal('2026-03-30');
    expect(localDate(new Date('2026-12-31T23:59:00Z'))).to.equal('2026-12-31');
  });

  it('adds days and months as calendar sums, whatever clock change lies between', () => {
    expect(addDays('2026-03-28', 1)).to.equal('2026-03-29');
    expect(addDays('2026-10-24', 2)).to.equal('2026-10-26');
    expect(addDays('2026-08-31', 0, 6)).to.equal('2027-03-03');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
  });

  it('knows a real date from one that is not', () => {
    expect(['2026-02-28', '2028-02-29'].map(isIsoDate)).to.deep.equal([true, true]);
    expect(['2026-02-29', '2026-13-01', '26-01-01', '2026-1-1', ''].map(isIsoDate)).to.deep.equal([false, false, false, false, false]);
  });
});
