// The stages of the talk itself (opening, review, check-in, topics, exploring, what helps) with the prompt card and
// the service list they show: fetched by a conversation after it is ready, in idle time, or when it reaches one of
// them first (src/define.ts).
// It imports the package's module (src/index.ts, which registers nothing), as every file fetched on demand does:
// that costs nothing once the main file has run, and lets the build keep everything the main file needs in one
// chunk, not one for each file sharing some of it.
import '../index.js';
import { WcgPromptCard } from '../../components/prompt-card/prompt-card.js';
import { WcgServiceList } from '../../components/service-list/service-list.js';
import { WcgStageCheckIn } from '../../components/stage-check-in/stage-check-in.js';
import { WcgStageChooseTopics } from '../../components/stage-choose-topics/stage-choose-topics.js';
import { WcgStageExplore } from '../../components/stage-explore/stage-explore.js';
import { WcgStageOpen } from '../../components/stage-open/stage-open.js';
import { WcgStageReview } from '../../components/stage-review/stage-review.js';
import { WcgStageWhatHelps } from '../../components/stage-what-helps/stage-what-helps.js';

/** The tags this file brings, each with its class. */
export const elements = [
  ['wcg-prompt-card', WcgPromptCard],
  ['wcg-service-list', WcgServiceList],
  ['wcg-stage-open', WcgStageOpen],
  ['wcg-stage-review', WcgStageReview],
  ['wcg-stage-check-in', WcgStageCheckIn],
  ['wcg-stage-choose-topics', WcgStageChooseTopics],
  ['wcg-stage-explore', WcgStageExplore],
  ['wcg-stage-what-helps', WcgStageWhatHelps],
] as const;
