import type { WcgConversation } from '../conversation/conversation.js';
import { deepFind } from './deep-find.js';

/**
 * A seeded pseudo-random source (mulberry32): the same seed gives the same run, so a failure can be replayed.
 * The generator the synthetic evaluation events are made with.
 */
export { random as seededRandom } from '../../scripts/synthetic-evaluation-lib.mjs';

// Text a person might type or paste: plain words, Welsh, right-to-left scripts, emoji with joiners,
// combining marks, markup that must stay text, control characters and very long pastes.
const samples = [
  'Tired after nights', 'Ydw, diolch — mae’n anodd weithiau', 'ٹھیک ہوں، شکریہ', 'Zmęczona, ale dobrze', '👩🏽‍⚕️ 😴 🏳️‍🌈',
  'e\u0301\u0301 Z\u0336a\u0336', '<img src=x onerror=alert(1)>', '{{count}} $t(common:title) %s', '\u202eRTL override\u202c', 'line\nbreak\ttab',
  '\u0000\u0007 control', '   ', '',
];

function randomText(random: () => number): string {
  const roll = random();
  let text: string;
  if (roll < 0.8) text = samples[Math.floor(random() * samples.length)];
  else if (roll < 0.97) text = Array.from({ length: 1 + Math.floor(random() * 40) }, () => String.fromCodePoint(0x20 + Math.floor(random() * 0x2ff))).join('');
  else text = 'long '.repeat(200 + Math.floor(random() * 5000));
  return text;
}

// What goes in one box of a date: a day, a month or a year, right or wrong, or something that is not a number.
function randomDatePart(random: () => number): string {
  const choices = ['', '0', '5', '29', '31', '2', '13', '2027', '1999', '27', '9999', ' 6 ', 'June', '٥'];
  if (random() < 0.5) return choices[Math.floor(random() * choices.length)];
  return String(Math.floor(random() * 2100));
}

function pick<T>(random: () => number, list: readonly T[]): T | undefined {
  return list.length ? list[Math.floor(random() * list.length)] : undefined;
}

const usable = (el: HTMLElement) => !(el as HTMLButtonElement).disabled && !el.closest('[hidden]');

/** What one random event was, for the message when something goes wrong. */
export type RandomAction = 'click' | 'tick' | 'type' | 'key' | 'lang' | 'share-screen';

// Each kind of event with how often it is tried; a kind with nothing to act on falls back to a click.
// Typing is the most common thing a person does in a conversation; moving between stages, the costliest.
const kinds: readonly [RandomAction, number][] = [['click', 0.28], ['tick', 0.2], ['type', 0.35], ['key', 0.13], ['lang', 0.025], ['share-screen', 0.015]];

function chooseKind(random: () => number): RandomAction {
  let roll = random();
  for (const [kind, weight] of kinds) {
    if (roll < weight) return kind;
    roll -= weight;
  }
  return 'click';
}

function click(el: WcgConversation, random: () => number): boolean {
  const buttons = deepFind<HTMLButtonElement>(el, 'button').filter(usable);
  // Continue (the first button of the navigation, in any language) is favoured a little, so that runs
  // reach the later stages as well as the first ones.
  const next = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="nav"] button') ?? undefined;
  const button = next && random() < 0.3 ? next : pick(random, buttons);
  button?.click();
  return Boolean(button);
}

function tick(el: WcgConversation, random: () => number): boolean {
  const box = pick(random, deepFind<HTMLInputElement>(el, 'input[type="checkbox"], input[type="radio"]').filter(usable));
  box?.click();
  return Boolean(box);
}

function type(el: WcgConversation, random: () => number): boolean {
  const fields = deepFind<HTMLInputElement | HTMLTextAreaElement>(el, 'textarea, input[type="text"], input:not([type])');
  const field = pick(random, fields.filter(usable));
  if (!field) return false;
  // The Day, Month and Year boxes of a date.
  const date = field.inputMode === 'numeric';
  // Half the time a few more keys at the end of what is there, half the time a paste over all of it.
  const text = random() < 0.5 ? field.value + [...randomText(random)].slice(0, 3).join('') : randomText(random);
  // The browser stops typing and pasting at maxlength; without one, the text goes in whole.
  const max = field.maxLength;
  field.value = date ? randomDatePart(random) : max > 0 ? text.slice(0, max) : text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  if (date || random() < 0.3) field.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

function press(el: WcgConversation, random: () => number): boolean {
  const target = pick(random, deepFind<HTMLElement>(el, 'button, input, textarea').filter(usable));
  const key = pick(random, ['Escape', 'Enter', ' ', 'Tab', 'ArrowDown'])!;
  target?.focus();
  for (const type of ['keydown', 'keyup'] as const) {
    (target ?? el).dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true, cancelable: true }));
  }
  return true;
}

// Lit renders in microtasks: once a task has passed, every render an event caused has happened. A message
// to oneself is a task without the 4 ms that browsers add to nested timers.
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Does one random thing a person could do to a `<wcg-conversation>`, as a person would (clicks, ticks,
 * typing or pasting with `input` events, keys on the focused control), or switches its language or shared
 * screen as a host page might, then lets it render. Returns what it did.
 */
export async function randomUserEvent(el: WcgConversation, random: () => number): Promise<RandomAction> {
  let kind = chooseKind(random);
  const done =
    kind === 'click' ? click(el, random)
    : kind === 'tick' ? tick(el, random)
    : kind === 'type' ? type(el, random)
    : kind === 'key' ? press(el, random)
    : kind === 'lang' ? Boolean((el.lang = el.lang === 'cy' ? 'en-GB' : 'cy'))
    : (el.shareScreen = !el.shareScreen) || true;
  if (!done) {
    // The safety button is on every stage, so there is always something to click.
    kind = 'click';
    click(el, random);
  }
  await nextTask();
  return kind;
}
