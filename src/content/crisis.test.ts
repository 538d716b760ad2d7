import { expect } from '@open-wc/testing';
import safety from '../../locales/en-GB/safety.json' with { type: 'json' };
import { namespaceText } from '../test-helpers/locale-text.js';
import {
  crisisDirectories,
  crisisDirectoryFor,
  crisisEntriesFor,
  crisisKinds,
  entryKey,
  kindKey,
  pathKey,
  safetyPathIds,
  safetyPathKinds,
  safetyPaths,
  type CrisisEntry,
} from './crisis.js';
import { nations } from './types.js';

const allEntries: CrisisEntry[] = nations.flatMap((nation) => [...crisisDirectories[nation].entries]);
const uniqueIds = [...new Set(allEntries.map((e) => e.id))];

const { getText, expectText } = namespaceText('safety', safety);

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

describe('crisis directories', () => {
  it('has one directory per nation, each naming its own nation', () => {
    expect(Object.keys(crisisDirectories).sort()).to.deep.equal([...nations].sort());
    for (const nation of nations) {
      expect(crisisDirectoryFor(nation).nation).to.equal(nation);
      expect(crisisDirectoryFor(nation)).to.equal(crisisDirectories[nation]);
    }
  });

  it('gives every nation 999, an urgent line, a listening line and a domestic abuse line', () => {
    for (const nation of nations) {
      const { entries } = crisisDirectoryFor(nation);
      const phonesOf = (kind: string) => entries.filter((e) => e.kind === kind && e.phone).map((e) => e.phone);
      expect(phonesOf('emergency'), nation).to.include('999');
      expect(phonesOf('urgent'), nation).not.to.be.empty;
      expect(phonesOf('listening'), nation).to.include('116 123');
      expect(phonesOf('domesticAbuse'), nation).to.have.length(1);
    }
  });

  it('puts the emergency number first in every nation', () => {
    for (const nation of nations) expect(crisisDirectoryFor(nation).entries[0].phone, nation).to.equal('999');
  });

  it('gives every entry an https source and an ISO lastVerified date that is not in the future', () => {
    for (const entry of allEntries) {
      expect(new URL(entry.source).protocol, entry.id).to.equal('https:');
      if (entry.url) expect(new URL(entry.url).protocol, entry.id).to.equal('https:');
      expect(entry.lastVerified, entry.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${entry.lastVerified}T00:00:00Z`).toISOString().slice(0, 10), entry.id).to.equal(entry.lastVerified);
      expect(entry.lastVerified <= today(), entry.id).to.equal(true);
    }
  });

  it("takes every number from the service's own site, never a news item or another organisation's page", () => {
    const ownSites: Record<string, string> = {
      emergency999: 'www.swast.nhs.uk', nhs111England: 'www.nhs.uk', nhs111Wales: '111.wales.nhs.uk', nhs24: 'www.nhs24.scot',
      breathingSpace: 'www.breathingspace.scot', samaritans: 'www.samaritans.org', samaritansWelsh: 'www.samaritans.org',
      shout: 'giveusashout.org', nationalDomesticAbuseHelpline: 'www.nationaldahelpline.org.uk', liveFearFree: 'www.gov.wales',
      scotlandDomesticAbuseHelpline: 'sdafmh.org.uk', lifeline: 'www.lifelinehelpline.info', dsaHelpline: 'dsahelpline.org',
    };
    expect(Object.keys(ownSites).sort()).to.deep.equal([...uniqueIds].sort());
    for (const entry of allEntries) {
      const source = new URL(entry.source);
      expect(source.host, entry.id).to.equal(ownSites[entry.id]);
      expect(source.pathname, entry.id).not.to.match(/\/(news|blog|\d{4})\//);
    }
  });

  it('warns on every directory that holds a number not confirmed on its own page', () => {
    for (const nation of nations) {
      const { entries, unconfirmed } = crisisDirectoryFor(nation);
      expect(unconfirmed, nation).to.equal(entries.some((e) => e.unconfirmed === true));
    }
    expect(crisisDirectoryFor('wales').unconfirmed).to.equal(true);
  });

  it("dates each directory by its least recently checked entry", () => {
    for (const nation of nations) {
      const { entries, lastVerified } = crisisDirectoryFor(nation);
      expect(lastVerified, nation).to.equal(entries.map((e) => e.lastVerified).sort()[0]);
    }
  });

  it('writes numbers with digits and spaces only, and every entry can be called or texted', () => {
    for (const entry of allEntries) {
      expect(entry.phone || entry.sms, entry.id).to.be.ok;
      if (entry.phone) expect(entry.phone, entry.id).to.match(/^\d+( \d+)*$/);
      if (entry.sms) expect(entry.sms.number, entry.id).to.match(/^\d+( \d+)*$/);
      if (entry.sms?.keyword) expect(entry.sms.keyword, entry.id).to.match(/^[A-Z]+$/);
    }
  });

  it('uses only known kinds, and one id always means the same entry', () => {
    for (const entry of allEntries) {
      expect(crisisKinds, entry.id).to.include(entry.kind);
      expect(allEntries.find((e) => e.id === entry.id), entry.id).to.deep.equal(entry);
    }
    for (const nation of nations) {
      const ids = crisisDirectoryFor(nation).entries.map((e) => e.id);
      expect(new Set(ids).size, nation).to.equal(ids.length);
    }
  });

  it('has no Samaritans text line', () => {
    const samaritansTexts = allEntries.filter((e) => e.sms && /samaritans/i.test(`${e.id} ${getText(entryKey(e.id, 'name'))}`));
    expect(samaritansTexts.map((e) => e.id)).to.deep.equal([]);
  });

  it('has no COVID-era NHS staff line and no FRONTLINE keyword', () => {
    const everything = JSON.stringify({ crisisDirectories, safety });
    expect(everything).not.to.match(/frontline/i);
    // Staff support lines of 2020–21, now closed or unconfirmed: England, Samaritans (English and Welsh), NHS 24.
    for (const retired of ['0300 131 7000', '0800 484 0555', '0808 164 2777', '0800 111 4191']) {
      expect(everything.replace(/\s/g, '')).not.to.include(retired.replace(/\s/g, ''));
    }
  });
});

describe('crisis text', () => {
  it('has a name and opening times for every entry, and no text for entries that do not exist', () => {
    for (const id of uniqueIds) {
      expect(entryKey(id, 'name')).to.equal(`safety:entries.${id}.name`);
      expectText(entryKey(id, 'name'));
      expectText(entryKey(id, 'hours'));
    }
    expect(Object.keys(safety.entries).sort()).to.deep.equal([...uniqueIds].sort());
    for (const [id, text] of Object.entries(safety.entries)) expect(Object.keys(text).sort(), id).to.deep.equal(['hours', 'name']);
  });

  it('has a heading for every kind of line', () => {
    for (const kind of crisisKinds) expectText(kindKey(kind));
    expect(Object.keys(safety.kinds).sort()).to.deep.equal([...crisisKinds].sort());
  });

  it('has the panel text, with the placeholders the panel fills in', () => {
    for (const key of ['heading', 'open', 'close', 'lastVerified', 'source', 'call', 'text', 'checkIn', 'trustPolicy']) {
      expectText(`safety:${key}`);
    }
    expect(safety.lastVerified).to.include('{{date}}');
    expect(safety.call).to.include('{{number}}');
    expect(safety.text).to.include('{{keyword}}').and.to.include('{{number}}');
    expect(safety.checkIn).to.match(/24 to 48 hours/);
  });
});

describe('safety paths', () => {
  it('has the four paths, each with a name, a lead and its steps in order', () => {
    expect(Object.keys(safetyPaths)).to.deep.equal([...safetyPathIds]);
    for (const path of safetyPathIds) {
      expectText(pathKey(path, 'name'));
      expectText(pathKey(path, 'lead'));
      expect(safetyPaths[path].length, path).to.be.at.least(5);
      safetyPaths[path].forEach((key, n) => {
        expect(key).to.equal(`safety:paths.${path}.steps.${n}`);
        expectText(key);
      });
    }
  });

  it('has no text for paths or steps that do not exist', () => {
    expect(Object.keys(safety.paths)).to.deep.equal([...safetyPathIds]);
    for (const path of safetyPathIds) {
      expect(Object.keys(safety.paths[path]).sort(), path).to.deep.equal(['lead', 'name', 'steps']);
      expect(safety.paths[path].steps, path).to.have.length(safetyPaths[path].length);
    }
  });

  it('sends someone who has already hurt themselves or taken anything to 999 or A&E first, even if they seem well', () => {
    const first = getText(safetyPaths.suicide[0]);
    expect(first).to.match(/already hurt themselves or taken anything/).and.to.match(/999/).and.to.match(/A&E/).and.to.match(/even if they seem well/);
  });

  it('then asks directly about suicide, saying asking does not put the idea in their head, and never diagnoses', () => {
    expect(getText(safetyPaths.suicide[1])).to.match(/thinking about suicide/).and.to.match(/does not put the idea in their head/);
    expect(safetyPaths.suicide.map((key) => getText(key)).join(' ')).to.match(/do not try to diagnose/i);
  });

  it('asks about how and the means, medicines and equipment at work included, and makes things safer now', () => {
    const step = safetyPaths.suicide.map((key) => getText(key) as string).find((text) => /how/.test(text) && /means/.test(text));
    expect(step).to.be.a('string');
    expect(step).to.match(/medicines/).and.to.match(/equipment at work/).and.to.match(/safer right now/);
  });

  it('agrees a safety plan: who they will contact, what helps them get through, and where they will be tonight', () => {
    const plan = safetyPaths.suicide.map((key) => getText(key) as string).find((text) => /safety plan/.test(text));
    expect(plan).to.match(/who they will contact/).and.to.match(/what helps them get through/).and.to.match(/where they will be tonight/);
  });

  it('has a path for risk to others or not being safe to work or drive, with the steps to take', () => {
    expect(getText(pathKey('riskToOthers', 'name'))).to.match(/someone else/i).and.to.match(/work or drive/);
    const steps = safetyPaths.riskToOthers.map((key) => getText(key) as string);
    expect(steps[0]).to.match(/999/).and.to.match(/immediate danger/);
    const all = steps.join(' ');
    expect(all).to.match(/drive/).and.to.match(/clinical shift/);
    expect(all).to.match(/on-call or senior manager/);
    expect(all).to.match(/fitness-for-work/).and.to.match(/patient safety/);
    expect(all).to.match(/what you will do/).and.to.match(/why/);
  });

  it('treats children in the home as safeguarding, and involves others only with agreement unless there is danger now', () => {
    const steps = safetyPaths.domesticAbuse.map((key) => getText(key) as string);
    expect(steps.find((text) => /children/.test(text))).to.match(/safeguarding/);
    const agreement = steps.find((text) => /security/.test(text) && /with their agreement/.test(text));
    expect(agreement).to.match(/unless .*immediate danger/);
    // No step sends security in without the person's agreement.
    for (const text of steps.filter((t) => /security/.test(t))) expect(text, text).to.match(/agree/);
  });

  it('shows the lines each path needs, in order', () => {
    expect(safetyPathKinds).to.deep.equal({
      suicide: ['emergency', 'urgent', 'listening', 'text'],
      riskToOthers: ['emergency', 'urgent'],
      domesticAbuse: ['emergency', 'domesticAbuse'],
      safeguarding: ['emergency', 'safeguarding'],
    });
    const wales = crisisEntriesFor(crisisDirectoryFor('wales'), 'suicide').map((e) => e.id);
    expect(wales).to.deep.equal(['emergency999', 'nhs111Wales', 'samaritans', 'samaritansWelsh', 'shout']);
    const scotland = crisisEntriesFor(crisisDirectoryFor('scotland'), 'domesticAbuse').map((e) => e.id);
    expect(scotland).to.deep.equal(['emergency999', 'scotlandDomesticAbuseHelpline']);
    expect(crisisEntriesFor(crisisDirectoryFor('england'), 'safeguarding').map((e) => e.id)).to.deep.equal(['emergency999']);
  });
});
