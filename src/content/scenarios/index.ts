import type { Scenario } from '../scenario-types.js';
import { adjustmentsLapsed } from './adjustments-lapsed.js';
import { caringForParent } from './caring-for-parent.js';
import { internationalNurse } from './international-nurse.js';
import { lodgeBanter } from './lodge-banter.js';
import { nightHousekeeper } from './night-housekeeper.js';
import { paramedicTrauma } from './paramedic-trauma.js';
import { partnerAtWork } from './partner-at-work.js';
import { perimenopause } from './perimenopause.js';
import { questionsInAdvance } from './questions-in-advance.js';
import { ramadanFasting } from './ramadan-fasting.js';
import { thinkingTooMuch } from './thinking-too-much.js';
import { tiredAndLate } from './tired-and-late.js';
import { travellerJokes } from './traveller-jokes.js';
import { welshLanguage } from './welsh-language.js';

/**
 * The built-in practice scenarios (CONTENT.md, "Practice scenarios", then those added since), in the order the picker lists them.
 * Adding one means writing its outline here and its words in `locales/en-GB/practice.json`; no component changes.
 */
export const builtInScenarios: readonly Scenario[] = Object.freeze([
  nightHousekeeper,
  thinkingTooMuch,
  ramadanFasting,
  perimenopause,
  travellerJokes,
  questionsInAdvance,
  caringForParent,
  paramedicTrauma,
  partnerAtWork,
  welshLanguage,
  internationalNurse,
  tiredAndLate,
  lodgeBanter,
  adjustmentsLapsed,
]);
