import { serviceCategories, type Nation, type Service, type ServiceCategory } from './types.js';

/**
 * The national services every trust gets by default, before its own. Their words are built in rather than
 * keys, because `Service` text is a trust's own (`LocalisedText`): a trust that wants other words replaces them.
 */

/** The i18n key of a signposting category's name or description. */
export function serviceCategoryKey(category: ServiceCategory, part: 'name' | 'description'): string {
  return `services:categories.${category}.${part}`;
}

/** The name and description keys of every signposting category. */
export const serviceCategoryKeys: Readonly<Record<ServiceCategory, { readonly name: string; readonly description: string }>> =
  Object.freeze(
    Object.fromEntries(
      serviceCategories.map((category) => [
        category,
        Object.freeze({
          name: serviceCategoryKey(category, 'name'),
          description: serviceCategoryKey(category, 'description'),
        }),
      ]),
    ) as Record<ServiceCategory, { readonly name: string; readonly description: string }>,
  );

// Each service below was confirmed on its own official site; the page is noted above it, and
// docs/safety/crisis-sources.md lists them with the crisis lines. Every text is in every full locale (en-GB and
// Welsh); a service's own name stays as the service writes it unless it has a Welsh name of its own.

// practitionerhealth.nhs.uk/healthcare-staff-in-england (who can use it, phone and hours) and /about-practitioner-health
// ("free, confidential NHS primary care mental health and addiction service"). "Confidential", never "private":
// readers in the UK hear "private" as "paid for".
const practitionerHealth: Service = {
  id: 'nhsPractitionerHealth',
  category: 'practitionerHealth',
  name: { 'en-GB': 'NHS Practitioner Health' },
  description: {
    'en-GB':
      'A free, confidential NHS mental health and addiction service for healthcare staff in England who have a genuine ' +
      'reason they cannot get care confidentially near where they work, for example the seniority of their role or the ' +
      'team they work in. Check on the website if you can use it.',
    cy:
      'Gwasanaeth iechyd meddwl a dibyniaeth y GIG, am ddim a chyfrinachol, i staff gofal iechyd yn Lloegr sydd â rheswm ' +
      "gwirioneddol na allan nhw gael gofal yn gyfrinachol yn agos at eu gwaith, er enghraifft uwch swydd neu'r tîm y maen " +
      "nhw'n gweithio ynddo. Gwiriwch ar y wefan a allwch chi ei ddefnyddio.",
  },
  phone: '0300 0303 300',
  url: 'https://www.practitionerhealth.nhs.uk/',
  hours: {
    'en-GB': 'Monday to Friday, 8am to 8pm. Saturday, 8am to 2pm. Closed on bank holidays.',
    cy: 'Dydd Llun i ddydd Gwener, 8am i 8pm. Dydd Sadwrn, 8am i 2pm. Ar gau ar wyliau banc.',
  },
};

// canopi.nhs.wales/exploring-research-frontiers-at-annual-symposium, the service's own page on its year to 2025:
// "Canopi continues to support NHS and social care staff across Wales with confidential, free mental health support."
// Scotland's National Wellbeing Hub and Workforce Specialist Service are not listed: no page of their own confirmed
// that they still run.
const canopi: Service = {
  id: 'canopi',
  category: 'practitionerHealth',
  name: { 'en-GB': 'Canopi' },
  description: {
    'en-GB': 'Free, confidential mental health support for NHS and social care staff in Wales.',
    cy: "Cymorth iechyd meddwl cyfrinachol am ddim i staff y GIG a gofal cymdeithasol yng Nghymru.",
  },
  url: 'https://canopi.nhs.wales/',
};

// GOV.UK guide "Access to Work: get support if you have a disability or health condition".
const accessToWork: Service = {
  id: 'accessToWork',
  category: 'reasonableAdjustments',
  // "Mynediad at Waith" is the scheme's own Welsh name on GOV.UK.
  name: { 'en-GB': 'Access to Work', cy: 'Mynediad at Waith' },
  description: {
    'en-GB':
      'A government scheme that can pay for support at work if you have a disability or a physical or mental health ' +
      'condition. It includes support with your mental health at work. For people in England, Scotland and Wales.',
    cy:
      "Cynllun gan y llywodraeth a all dalu am gymorth yn y gwaith os oes gennych anabledd neu gyflwr iechyd corfforol " +
      "neu feddyliol. Mae'n cynnwys cymorth gyda'ch iechyd meddwl yn y gwaith. I bobl yng Nghymru, Lloegr a'r Alban.",
  },
  url: 'https://www.gov.uk/access-to-work',
};

// nidirect "Support while in work", which points to the Access to Work scheme for Northern Ireland.
const accessToWorkNi: Service = {
  id: 'accessToWorkNi',
  category: 'reasonableAdjustments',
  name: { 'en-GB': 'Access to Work (NI)', cy: 'Mynediad at Waith (Gogledd Iwerddon)' },
  description: {
    'en-GB': 'Practical help at work if you have a disability or a health condition, for people in Northern Ireland.',
    cy: "Help ymarferol yn y gwaith os oes gennych anabledd neu gyflwr iechyd, i bobl yng Ngogledd Iwerddon.",
  },
  url: 'https://www.nidirect.gov.uk/articles/support-while-in-work',
};

// cavellnursestrust.org, with the charity's aims as an NHS trust describes them.
const cavellNursesTrust: Service = {
  id: 'cavellNursesTrust',
  category: 'financialWellbeing',
  name: { 'en-GB': "Cavell Nurses' Trust" },
  description: {
    'en-GB':
      'A charity that helps nurses, midwives and healthcare assistants, working or retired, who are facing money ' +
      'problems or a personal crisis.',
    cy:
      "Elusen sy'n helpu nyrsys, bydwragedd a chynorthwywyr gofal iechyd, mewn gwaith neu wedi ymddeol, sy'n wynebu " +
      'problemau ariannol neu argyfwng personol.',
  },
  url: 'https://www.cavellnursestrust.org/',
};

const byNation: Readonly<Record<Nation, readonly Service[]>> = Object.freeze({
  england: Object.freeze([practitionerHealth, accessToWork, cavellNursesTrust]),
  wales: Object.freeze([canopi, accessToWork, cavellNursesTrust]),
  scotland: Object.freeze([accessToWork, cavellNursesTrust]),
  'northern-ireland': Object.freeze([accessToWorkNi, cavellNursesTrust]),
});

/** The free national services offered in a nation before any of the trust's own. */
export function defaultServices(nation: Nation): readonly Service[] {
  return byNation[nation];
}
