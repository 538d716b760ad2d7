import { expect } from '@open-wc/testing';
import services from '../../locales/en-GB/services.json' with { type: 'json' };
import { namespaceText } from '../test-helpers/locale-text.js';
import { defaultServices, serviceCategoryKey, serviceCategoryKeys } from './signposting.js';
import { nations, serviceCategories, type LocalisedText } from './types.js';
import { locales } from '../i18n/locales.js';
import { lazyNamespaces } from '../i18n/resources.js';

const { getText, expectText } = namespaceText('services', services);

function englishOf(text: LocalisedText | undefined): string | undefined {
  return typeof text === 'string' ? text : text?.['en-GB'];
}

describe('service categories', () => {
  it('has a name and a description for every category', () => {
    for (const category of serviceCategories) {
      expect(serviceCategoryKey(category, 'name')).to.equal(`services:categories.${category}.name`);
      expect(serviceCategoryKeys[category]).to.deep.equal({
        name: serviceCategoryKey(category, 'name'),
        description: serviceCategoryKey(category, 'description'),
      });
      expectText(serviceCategoryKey(category, 'name'));
      expectText(serviceCategoryKey(category, 'description'));
    }
  });

  it('has no text for categories that do not exist, and only nation variants beside a name and description', () => {
    expect(Object.keys(services.categories).sort()).to.deep.equal([...serviceCategories].sort());
    const allowed = ['name', 'description', ...nations.flatMap((nation) => [`name_${nation}`, `description_${nation}`])];
    for (const [category, text] of Object.entries(services.categories)) {
      expect(Object.keys(text), category).to.include.members(['description', 'name']);
      expect(allowed, category).to.include.members(Object.keys(text));
    }
  });

  it('has the list text', () => {
    for (const key of ['heading', 'none', 'phone', 'email', 'website', 'hours']) expectText(`services:${key}`);
  });
});

describe('defaultServices', () => {
  it('gives every nation at least one service, with unique ids', () => {
    for (const nation of nations) {
      const ids = defaultServices(nation).map((s) => s.id);
      expect(ids, nation).not.to.be.empty;
      expect(new Set(ids).size, nation).to.equal(ids.length);
    }
  });

  it('uses only known categories, https links, and numbers written with digits and spaces', () => {
    for (const nation of nations) {
      for (const service of defaultServices(nation)) {
        const label = `${nation}/${service.id}`;
        expect(serviceCategories, label).to.include(service.category);
        expect(service.url || service.phone, label).to.be.ok;
        if (service.url) expect(new URL(service.url).protocol, label).to.equal('https:');
        if (service.phone) expect(service.phone, label).to.match(/^\d+( \d+)*$/);
      }
    }
  });

  it('writes every service in en-GB', () => {
    for (const nation of nations) {
      for (const service of defaultServices(nation)) {
        expect(englishOf(service.name)?.trim(), service.id).to.be.ok;
        expect(englishOf(service.description)?.trim(), service.id).to.be.ok;
        if (service.hours) expect(englishOf(service.hours)?.trim(), service.id).to.be.ok;
      }
    }
  });

  it('writes every service\'s description and hours in every full locale, and its name where it has one of its own', () => {
    // A full locale has every namespace of text (locales.ts), the trainers' and HR's tools too; a service's own name
    // may stay as the service writes it.
    const full = Object.entries(locales).filter(([, info]) => lazyNamespaces.every((ns) => info.namespaces.includes(ns))).map(([lang]) => lang);
    expect(full).to.deep.equal(['cy']);
    const missing: string[] = [];
    for (const nation of nations) {
      for (const service of defaultServices(nation)) {
        for (const lang of full) {
          for (const field of ['description', 'hours'] as const) {
            const text = service[field];
            if (text && (typeof text === 'string' || !text[lang]?.trim())) missing.push(`${service.id}.${field}.${lang}`);
          }
        }
      }
    }
    expect([...new Set(missing)]).to.deep.equal([]);
    expect(defaultServices('wales').map((s) => (typeof s.name === 'string' ? s.name : s.name.cy ?? s.name['en-GB']))).to.deep.equal([
      'Canopi', 'Mynediad at Waith', "Cavell Nurses' Trust",
    ]);
  });

  it('offers each nation its own staff mental health service', () => {
    const practitioner = (nation: (typeof nations)[number]) =>
      defaultServices(nation).filter((s) => s.category === 'practitionerHealth').map((s) => s.url);
    expect(practitioner('england')).to.deep.equal(['https://www.practitionerhealth.nhs.uk/']);
    expect(practitioner('wales')).to.deep.equal(['https://canopi.nhs.wales/']);
    expect(practitioner('scotland')).to.deep.equal([]);
    expect(practitioner('northern-ireland')).to.deep.equal([]);
  });

  it('points Great Britain to GOV.UK Access to Work, and Northern Ireland to nidirect', () => {
    const accessToWork = (nation: (typeof nations)[number]) =>
      defaultServices(nation).filter((s) => s.category === 'reasonableAdjustments').map((s) => new URL(s.url ?? '').host);
    for (const nation of ['england', 'wales', 'scotland'] as const) expect(accessToWork(nation), nation).to.deep.equal(['www.gov.uk']);
    expect(accessToWork('northern-ireland')).to.deep.equal(['www.nidirect.gov.uk']);
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(defaultServices('england'))).to.equal(true);
    expect(Object.isFrozen(serviceCategoryKeys)).to.equal(true);
  });
});

describe('staff support by nation', () => {
  // In the UK "private" care is care someone pays for; these services are free and confidential.
  it('calls staff mental health services confidential, never private', () => {
    const words = [
      getText('services:categories.practitionerHealth.name'), getText('services:categories.practitionerHealth.description'),
      getText('services:categories.staffPsychologicalSupport.description'),
      ...nations.flatMap((nation) => defaultServices(nation).filter((s) => s.category === 'practitionerHealth').map((s) => englishOf(s.description))),
    ].join(' ');
    expect(words).not.to.match(/privat/i);
    expect(words).to.match(/confidential/i);
  });

  it("describes who can use Practitioner Health as its own page does", () => {
    const practitionerHealth = defaultServices('england').find((s) => s.id === 'nhsPractitionerHealth')!;
    expect(englishOf(practitionerHealth.description)).to.match(/healthcare staff in England/).and.to.match(/genuine reason/)
      .and.to.match(/seniority of their role or the team they work in/);
  });

  it('names Speaking Up Safely in Wales where England has a Freedom to Speak Up guardian, and HSC in Northern Ireland', () => {
    expect(getText('services:categories.freedomToSpeakUp.name')).to.equal('Freedom to Speak Up guardian');
    expect(getText('services:categories.freedomToSpeakUp.name_wales')).to.equal('Speaking Up Safely');
    expect(getText('services:categories.freedomToSpeakUp.description_wales')).to.match(/Speaking Up Safely/);
    expect(getText('services:categories.practitionerHealth.name_northern-ireland')).to.match(/HSC staff/).and.not.to.match(/NHS/);
  });

  it('offers no retired national staff line and no service it could not confirm still runs', () => {
    const ids = nations.flatMap((nation) => defaultServices(nation).map((s) => s.id));
    expect(ids).not.to.include.members(['nationalWellbeingHub', 'workforceSpecialistService']);
    expect(JSON.stringify(nations.map((n) => defaultServices(n)))).not.to.match(/0300 131 7000|FRONTLINE/i);
  });
});
