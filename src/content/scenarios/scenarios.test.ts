import { expect } from '@open-wc/testing';
import practice from '../../../locales/en-GB/practice.json' with { type: 'json' };
import practiceCy from '../../../locales/cy/practice.json' with { type: 'json' };
import { parseScenario } from '../parse-scenario.js';
import { mistakeKinds, type Scenario, type ScenarioText } from '../scenario-types.js';
import { builtInScenarios } from './index.js';

// The en-GB words of a key such as `practice:scenarios.nightHousekeeper.title`.
function wordsOf(key: string): unknown {
  let node: unknown = practice;
  for (const part of key.replace(/^practice:/, '').split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

function isText(value: unknown): value is ScenarioText {
  return typeof value === 'object' && value !== null && ('key' in value || 'text' in value) && Object.keys(value).length === 1;
}

// Walks a scenario, replacing each piece of text with what `replace` gives for it.
function mapText(value: unknown, replace: (text: ScenarioText) => unknown): unknown {
  if (isText(value)) return replace(value);
  if (Array.isArray(value)) return value.map((v) => mapText(v, replace));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapText(v, replace)]));
  return value;
}

function keysOf(scenario: Scenario): string[] {
  const keys: string[] = [];
  mapText(scenario, (text) => 'key' in text && keys.push(text.key));
  return keys;
}

// Every leaf path under an object, dotted: `nightHousekeeper.steps.arrange.moment`.
function leafPaths(value: unknown, prefix: string): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, `${prefix}.${k}`));
}

// A built-in written as a trainer's file: the same shape, the words inline in en-GB.
function asTrainerFile(scenario: Scenario): unknown {
  return { schemaVersion: 1, ...(mapText(scenario, (text) => ('key' in text ? { 'en-GB': wordsOf(text.key) } : text)) as object) };
}

describe('built-in scenarios', () => {
  it('are the ten of CONTENT.md, in its order, then those added since', () => {
    expect(builtInScenarios.map((s) => s.id)).to.deep.equal([
      'nightHousekeeper', 'thinkingTooMuch', 'ramadanFasting', 'perimenopause', 'travellerJokes',
      'questionsInAdvance', 'caringForParent', 'paramedicTrauma', 'partnerAtWork', 'welshLanguage',
      'internationalNurse', 'tiredAndLate', 'lodgeBanter', 'adjustmentsLapsed',
    ]);
    expect(builtInScenarios.filter((s) => s.risk).map((s) => [s.id, s.risk])).to.deep.equal([['paramedicTrauma', 'suicide'], ['partnerAtWork', 'domesticAbuse'], ['tiredAndLate', 'domesticAbuse']]);
  });

  for (const scenario of builtInScenarios) {
    describe(scenario.id, () => {
      it('parses as a trainer file without errors or warnings, into the same scenario', () => {
        const result = parseScenario(asTrainerFile(scenario));
        expect(result, JSON.stringify(result.ok ? result.warnings : result.errors)).to.deep.include({ ok: true, warnings: [] });
        if (!result.ok) return;
        const blank = (s: Scenario) => mapText(s, () => 'TEXT');
        expect(blank(result.value)).to.deep.equal(blank(scenario));
      });

      it('has words in en-GB for every key it uses', () => {
        for (const key of keysOf(scenario)) {
          const words = wordsOf(key);
          expect(words, key).to.be.a('string');
          expect((words as string).trim(), key).to.not.equal('');
        }
      });

      it('has 4 to 6 steps of 3 or 4 options: one good, the others each a typical mistake', () => {
        expect(scenario.steps.length).to.be.within(4, 6);
        for (const step of scenario.steps) {
          expect(step.options.length, step.id).to.be.within(3, 4);
          expect(step.options.filter((o) => !o.mistake).length, step.id).to.equal(1);
          for (const option of step.options) if (option.mistake) expect(mistakeKinds).to.include(option.mistake);
        }
      });

      it('never lets a mistake score an area higher than the good option of its step', () => {
        for (const step of scenario.steps) {
          const good = step.options.find((o) => !o.mistake)!;
          for (const option of step.options.filter((o) => o.mistake)) {
            for (const [area, score] of Object.entries(option.rubric)) {
              if (score > 0) expect(score, `${step.id}.${option.id}.${area}`).to.be.below(good.rubric[area as keyof typeof good.rubric] ?? 0);
            }
          }
        }
      });

      it(scenario.risk ? 'lets the good option of one step open the safety steps' : 'has no safety-step option, as it holds no risk', () => {
        const safety = scenario.steps.flatMap((s) => s.options).filter((o) => o.opensSafetySteps);
        expect(safety.length).to.equal(scenario.risk ? 1 : 0);
        for (const option of safety) expect(option.mistake).to.equal(undefined);
      });
    });
  }

  it('leaves no words in practice.json that no scenario uses', () => {
    const used = new Set(builtInScenarios.flatMap(keysOf).map((key) => key.replace(/^practice:/, '')));
    const written = leafPaths(practice.scenarios, 'scenarios');
    expect(written.filter((path) => !used.has(path))).to.deep.equal([]);
  });
});

describe('what the built-in scenarios say', () => {
  // The words of one scenario in one language, every piece joined, for checking a fact in both languages at once.
  const words = (locale: typeof practice, id: string, path = ''): string => {
    let node: unknown = (locale.scenarios as Record<string, unknown>)[id];
    for (const part of path.split('.').filter(Boolean)) node = (node as Record<string, unknown>)[part];
    return JSON.stringify(node);
  };
  const both = [['en-GB', practice], ['cy', practiceCy]] as const;

  it('names each persona the same in en-GB and cy, and by that name in their background', () => {
    for (const id of Object.keys(practice.scenarios)) {
      const name = JSON.parse(words(practice, id, 'persona.name')) as string;
      expect(JSON.parse(words(practiceCy, id, 'persona.name')), id).to.equal(name);
      for (const [lang, locale] of both) expect(words(locale, id, 'persona.background'), `${lang} ${id}`).to.include(name.split(' ')[0]);
    }
  });

  it('puts the pressure of Ramadan on fasting through a long shift, with sunset in the middle of it, not on long summer days', () => {
    for (const [lang, locale] of both) {
      const all = words(locale, 'ramadanFasting');
      expect(all, lang).to.not.match(/days are long|long days|summer|dyddiau'n hir|ddyddiau hir|haf\b|7\.30|wedi saith/);
      expect(words(locale, 'ramadanFasting', 'situation'), lang).to.match(/shifts are long|shifftiau'n hir/);
      expect(words(locale, 'ramadanFasting', 'steps.breaks.moment'), lang).to.match(/middle of my shift|nghanol fy shifft/);
    }
  });

  it("grounds the Welsh-language scenario in the health board's Welsh language standards for its staff, not its duties to the public", () => {
    for (const [lang, locale] of both) {
      const claims = words(locale, 'welshLanguage', 'goodPractice') + words(locale, 'welshLanguage', 'steps.request.options.englishFine.feedback');
      expect(claims, lang).to.not.match(/offer services|gynnig gwasanaethau|right to use Welsh|hawl i ddefnyddio'r Gymraeg/);
      expect(words(locale, 'welshLanguage', 'goodPractice'), lang).to.match(/Welsh language standards for its staff|safonau'r Gymraeg .* ar gyfer ei staff/);
    }
  });

  it('has the paramedic scenario cover his drinking, his access to drugs at work and whether he is fit to drive', () => {
    for (const [lang, locale] of both) {
      for (const path of ['goodPractice', 'rolePlayerBrief']) {
        const text = words(locale, 'paramedicTrauma', path);
        expect(text, `${lang} ${path}`).to.match(/drink|yfed/);
        expect(text, `${lang} ${path}`).to.match(/drugs|cyffuriau/);
        expect(text, `${lang} ${path}`).to.match(/driv|drove|yrru/);
      }
      expect(words(locale, 'paramedicTrauma', 'steps.escalate.options.honest.text'), lang).to.match(/drive|yrru/);
      expect(words(locale, 'paramedicTrauma', 'steps.followUp.options.plan.text'), lang).to.match(/getting home|mynd adref/);
    }
  });

  it('has the man abused by his partner believed whatever his size, told of a helpline for men, and given no phone number', () => {
    for (const [lang, locale] of both) {
      expect(words(locale, 'tiredAndLate', 'goodPractice'), lang).to.match(/because he is a man|am ei fod yn ddyn/);
      expect(words(locale, 'tiredAndLate', 'steps.disclosure.options.believe.text'), lang).to.match(/whoever it happens to|i bwy bynnag mae'n digwydd/);
      expect(words(locale, 'tiredAndLate', 'steps.support.options.menToo.text'), lang).to.match(/helpline for men|llinell gymorth i ddynion/);
      expect(words(locale, 'tiredAndLate'), lang).to.not.match(/\d{3,} ?\d{3}|Advice Line|24[- ]hour|24 awr/);
    }
  });

  it('has the porter whose colleagues joke about her being gay never outed, asked what she wants, and offered the staff network and Freedom to Speak Up', () => {
    for (const [lang, locale] of both) {
      expect(words(locale, 'lodgeBanter', 'goodPractice'), lang).to.match(/Never out anyone|Peidiwch byth â datgelu rhywioldeb neb/);
      expect(words(locale, 'lodgeBanter', 'steps.jokes.options.harassment.text'), lang).to.match(/harassment|aflonyddu/);
      expect(words(locale, 'lodgeBanter', 'steps.jokes.options.teamBrief.feedback'), lang).to.match(/outs her|datgelu/);
      const choices = words(locale, 'lodgeBanter', 'steps.next.options.choices.text');
      expect(choices, lang).to.match(/LGBT\+ staff network|rhwydwaith staff LHDT\+/);
      expect(choices, lang).to.match(/Freedom to Speak Up|Rhyddid i Godi Llais/);
      expect(choices, lang).to.match(/without naming you|heb eich enwi chi/);
      expect(words(locale, 'lodgeBanter', 'steps.record.options.agree.text'), lang).to.not.match(/Cerys|gay|hoyw/);
    }
  });

  it('has the administrator whose adjustments lapsed believed without new evidence, offered a health passport, Access to Work, occupational health and the disabled staff network, and her adjustments recorded with owners and a review date', () => {
    for (const [lang, locale] of both) {
      const good = words(locale, 'adjustmentsLapsed', 'goodPractice');
      expect(good, lang).to.match(/not about performance|nid am berfformiad/);
      expect(good, lang).to.match(/does not have to prove her disability again|does dim rhaid iddi brofi ei hanabledd eto/i);
      expect(words(locale, 'adjustmentsLapsed', 'steps.move.options.evidence.feedback'), lang).to.match(/evidence|dystiolaeth/);
      expect(words(locale, 'adjustmentsLapsed', 'steps.whatWorked.options.tellTeam.feedback'), lang).to.match(/without her agreement|heb ei chytundeb/);
      const routes = words(locale, 'adjustmentsLapsed', 'steps.support.options.routes.text');
      expect(routes, lang).to.match(/reasonable adjustments|addasiadau rhesymol/);
      expect(routes, lang).to.match(/health passport|pasbort iechyd/);
      expect(routes, lang).to.match(/Access to Work|Mynediad at Waith/);
      expect(routes, lang).to.match(/occupational health|iechyd galwedigaethol/i);
      expect(routes, lang).to.match(/disabled staff network|rhwydwaith staff anabl/);
      expect(words(locale, 'adjustmentsLapsed', 'steps.support.options.ohOnly.feedback'), lang).to.match(/your job|eich gwaith chi/i);
      const record = words(locale, 'adjustmentsLapsed', 'steps.record.options.agree.text');
      expect(record, lang).to.match(/her manager|ei rheolwr/);
      expect(record, lang).to.match(/review|adolygu/);
      expect(record, lang).to.not.match(/backlog|late|ôl-groniad|hwyr/);
    }
  });
});
