/**
 * The default conversation script written as a SurveyJS survey, for the benchmark: the same stages in the
 * same order, the same topics, prompts, guidance and national services, and the same English text as
 * `<wcg-conversation>` shows with no trust config. Built from `src/content` and the en-GB locales, so the
 * two stay in step. One page per stage, except that each topic has its own page shown only when chosen,
 * because the conversation explores one topic per screen.
 */
import type { TFunction } from 'i18next';
import { servicesForTopic } from '../src/content/conversation-content.js';
import { defaultServices } from '../src/content/signposting.js';
import { builtInTopics } from '../src/content/topics.js';
import type { TopicDefinition } from '../src/content/types.js';
import { createI18n } from '../src/i18n/i18n.js';
import { sourceLanguage } from '../src/i18n/resources.js';
import { recordSections, whatHelpsQuestions } from '../src/model/conversation.js';
import { stageIds, type StageId } from '../src/model/stages.js';
import { english, esc, html, list, note, page, promptCard, serviceDetails, tick, type Element, type Page } from './survey-html.js';

// The same lists as the stage elements hold; importing those would bring in Lit, which needs a DOM.
const prepareItems = ['room', 'paidTime', 'languageFormat', 'someoneElse', 'interpreter', 'localServices'] as const;
const openingPoints = ['purpose', 'voluntary', 'notPerformance', 'skip', 'recorded', 'confidentiality', 'someoneElse', 'diagnosis'] as const;
const services = defaultServices('england');

function topicPage(t: TFunction, topic: TopicDefinition): Page {
  const base = `topics:${topic.id}`;
  const offered = servicesForTopic(services, topic);
  return {
    name: `explore-${topic.id}`,
    title: t('explore.heading', { topic: t(`${base}.name`) }),
    visibleIf: `{topics} contains '${topic.id}'`,
    elements: [
      html(`card-${topic.id}`, `<h3>${esc(t(`${base}.name`))}</h3>${promptCard(t, {
        prompt: `${base}.prompt`,
        gentler: `${base}.gentler`,
        followUps: `${base}.followUps`,
        listenFor: `${base}.listenFor`,
        avoid: `${base}.avoid`,
        ...(topic.culturalNote ? { culturalNote: `${base}.culturalNote` } : {}),
      })}`),
      html(`services-list-${topic.id}`, `<h4>${esc(t('explore:topic.services'))}</h4><ul>${offered.map((s) => serviceDetails(t, s)).join('')}</ul>`),
      {
        type: 'checkbox',
        name: `services-${topic.id}`,
        title: t('services:choose.legend'),
        description: t('services:choose.hint'),
        choices: offered.map((s) => ({ value: s.id, text: english(s.name) })),
      },
      note(t, `topic-${topic.id}`, 'private'),
      note(t, `topic-${topic.id}`, 'agreed'),
    ],
  };
}

function planPage(t: TFunction): Page {
  const owners = ['staff', 'manager', 'both'].map((value) => ({ value, text: t(`plan:actions.owners.${value}`) }));
  const statuses = ['agreed', 'toExplore', 'notPossible'].map((value) => ({ value, text: t(`plan:adjustments.statuses.${value}`) }));
  const example = new Intl.DateTimeFormat(sourceLanguage, { dateStyle: 'long' }).format(new Date(Date.now() + 182 * 864e5));
  const rows = (name: 'actions' | 'adjustments', templateElements: Element[]): Element => ({
    type: 'paneldynamic',
    name,
    title: t(`plan:${name}.heading`),
    description: t(`plan:${name}.hint`),
    templateTitle: t(`plan:${name}.legend`, { n: '{panelIndex}' }),
    panelAddText: t(`plan:${name}.add`),
    panelRemoveText: t(`plan:${name}.remove`, { n: '' }).trim(),
    panelCount: 0,
    templateElements,
  });
  return page(t, 'plan', [
    rows('actions', [
      { type: 'text', name: 'text', title: t('plan:actions.text'), isRequired: true },
      { type: 'radiogroup', name: 'owner', title: t('plan:actions.owner'), choices: owners, defaultValue: 'staff' },
      { type: 'text', name: 'due', inputType: 'date', title: t('plan:actions.due'), description: t('plan:actions.dueHint') },
    ]),
    rows('adjustments', [
      { type: 'text', name: 'text', title: t('plan:adjustments.text'), isRequired: true },
      { type: 'radiogroup', name: 'status', title: t('plan:adjustments.status'), choices: statuses, defaultValue: 'agreed' },
      { type: 'comment', name: 'reason', title: t('plan:adjustments.reason'), description: t('plan:adjustments.reasonHint'), requiredIf: "{panel.status} = 'notPossible'" },
    ]),
    html('plan-services', `<h3>${esc(t('plan:services.heading'))}</h3><p>${esc(t('plan:services.hint'))}</p><p>${esc(t('plan:services.none'))}</p>`),
    { type: 'text', name: 'reviewDate', inputType: 'date', title: t('plan:reviewDate.label'), description: t('plan:reviewDate.hint', { example }) },
    note(t, 'plan', 'private'),
  ]);
}

/** The pages of each stage; review needs a previous record and complete is the survey's own end screen. */
function stagePages(t: TFunction): Partial<Record<StageId, Page[]>> {
  const localServices = 'stages:prepare.checklist.items.localServices';
  return {
    prepare: [
      page(t, 'prepare', [
        {
          type: 'panel',
          name: 'checklist',
          title: t('stages:prepare.checklist.legend'),
          description: t('stages:prepare.checklist.hint'),
          elements: prepareItems.map((item) =>
            item === 'localServices'
              ? tick(`prepare-${item}`, t(`${localServices}.label`), t(`${localServices}.hintNone`))
              : tick(`prepare-${item}`, t(`stages:prepare.checklist.items.${item}.label`), t(`stages:prepare.checklist.items.${item}.hint`)),
          ),
        },
        html('prepare-safety', `<p><strong>${esc(t('stages:prepare.safety.title'))}</strong></p><p>${esc(t('stages:prepare.safety.text'))}</p>`),
        note(t, 'prepare', 'private'),
      ]),
    ],
    open: [
      page(t, 'open', [
        html('open-points', `<h3>${esc(t('stages:open.say.heading'))}</h3><p>${esc(t('stages:open.say.hint'))}</p>${list(openingPoints.map((p) => t(`stages:open.say.${p}`)))}`),
        note(t, 'open', 'private'),
        tick('declined', t('stages:open.decline'), t('stages:open.declineHint', { button: t('stages:open.decline') })),
      ]),
    ],
    checkIn: [
      page(t, 'checkIn', [
        html('check-in-card', promptCard(t, {
          prompt: 'explore:checkIn.prompt',
          gentler: 'explore:checkIn.gentler',
          followUps: 'explore:checkIn.followUps',
          listenFor: 'explore:checkIn.listenFor',
          avoid: 'explore:checkIn.avoid',
          culturalNote: 'explore:checkIn.culturalNote',
        })),
        note(t, 'checkIn', 'private'),
        note(t, 'checkIn', 'agreed'),
      ]),
    ],
    chooseTopics: [
      page(t, 'chooseTopics', [
        {
          type: 'checkbox',
          name: 'topics',
          title: t('stages:chooseTopics.topics.legend'),
          description: t('stages:chooseTopics.topics.hint'),
          choices: builtInTopics.map((topic) => ({ value: topic.id, text: t(`topics:${topic.id}.name`) })),
        },
        {
          type: 'ranking',
          name: 'topicOrder',
          title: t('stages:chooseTopics.order.heading'),
          description: t('stages:chooseTopics.order.hint'),
          choicesFromQuestion: 'topics',
          choicesFromQuestionMode: 'selected',
        },
      ]),
    ],
    explore: builtInTopics.map((topic) => topicPage(t, topic)),
    whatHelps: [
      page(t, 'whatHelps', [
        html('what-helps-hint', `<p>${esc(t('stages:whatHelps.hint'))}</p>`),
        ...whatHelpsQuestions.map((q) => ({
          type: 'comment',
          name: `whatHelps-${q}`,
          title: t(`stages:whatHelps.questions.${q}`),
          description: `${t('stages:whatHelps.gentlerLabel')} ${t(`stages:whatHelps.gentler.${q}`)}`,
        })),
        note(t, 'whatHelps', 'private'),
      ]),
    ],
    plan: [planPage(t)],
    agree: [
      page(t, 'agree', [
        html('agree-lead', `<p>${esc(t('agree:lead'))}</p><p>${esc(t('agree:privateNotes'))}</p>`),
        ...recordSections
          .filter((section) => section !== 'review')
          .map((section) => tick(`consent-${section}`, t('agree:consent'), t(`record.sections.${section}`))),
      ]),
    ],
  };
}

/** The SurveyJS JSON of the default script, in en-GB. */
export async function surveyScript(): Promise<Record<string, unknown>> {
  const { t } = await createI18n(sourceLanguage);
  const byStage = stagePages(t);
  return {
    locale: 'en',
    showQuestionNumbers: 'off',
    showProgressBar: true,
    progressBarType: 'pages',
    pageNextText: t('nav.next'),
    pagePrevText: t('nav.back'),
    completeText: t('nav.finish'),
    pages: stageIds.flatMap((stage) => byStage[stage] ?? []),
    triggers: [{ type: 'complete', expression: '{declined} = true' }],
    completedHtml: `<h2>${esc(t('stages:complete.heading'))}</h2><p>${esc(t('stages:complete.lead'))}</p>`,
  };
}
