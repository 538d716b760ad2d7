import { conversationSourceResources as sourceResources } from '../../src/i18n/all-source-resources.js';
import { allKeys } from '../../src/i18n/trust-text.js';

/** The flag every payload tries to set; it must never be set. */
export const pwnedFlag = '__wcgPwned';

/**
 * Script-injection payloads, each of which would run script or add an element if any text were ever parsed
 * as HTML, used as a URL, or expanded by i18next. The long one fits a name (200 characters) with its label.
 */
export const hostilePayloads: readonly string[] = [
  `<script>window.${pwnedFlag}=1</script>`,
  `<img src=x onerror="window.${pwnedFlag}=1">`,
  `<svg onload="window.${pwnedFlag}=1"><circle r="1"></circle></svg>`,
  `"><iframe srcdoc="<script>parent.${pwnedFlag}=1</script>"></iframe>`,
  `</textarea></title></style><img src=x onerror=window.${pwnedFlag}=1>`,
  `<a href="javascript:window.${pwnedFlag}=1">open</a><style>*{display:none}</style>`,
  `javascript:window.${pwnedFlag}=1`,
  `{{- value}} {{value}} {{organisation}} {{count, number}}`,
  '$t(safety:heading) $t(common:nav.next, {"lng": "cy"})',
  '\u202Egnp.exe\u202C \u2066\u2067right to left\u2069 \u200F\u061C',
  `${'W'.repeat(150)}<b>${'x'.repeat(20)}`,
];

/** A payload with the name of the field it was put in, so each field's text can be found on screen. */
export function marked(payload: string, field: string): string {
  return `${payload}[${field}]`;
}

// i18next placeholders of an en-GB text, kept in a hostile override so the details they show still appear.
function placeholdersOf(key: string): string {
  const [ns, path] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  let node: unknown = (sourceResources as Record<string, unknown>)[ns];
  for (const part of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? (node.match(/\{\{[^}]+\}\}/g) ?? []).join(' ') : '';
}

/** Every wording key of the conversation (not the HR editor's), replaced by the payload and the original's placeholders. */
export function hostileOverrides(payload: string): Record<string, string> {
  const keys = [...allKeys(sourceResources)];
  return Object.fromEntries(keys.map((key) => [key, `${marked(payload, 'override')} ${placeholdersOf(key)}`.trim()]));
}

/** A valid trust config with the payload in every text field, and in every web address as a query. */
export function hostileConfig(payload: string): Record<string, unknown> {
  const url = (field: string) => `https://example.nhs.uk/help?q=${encodeURIComponent(marked(payload, field))}`;
  const line = (field: string) => marked(payload, field);
  return {
    schemaVersion: 1,
    organisation: { 'en-GB': line('organisation') },
    nation: 'england',
    extraTopics: [
      {
        id: 'hostile',
        services: ['staffPsychologicalSupport'],
        text: {
          'en-GB': {
            name: line('topic.name'), description: line('topic.description'), prompt: line('topic.prompt'), gentler: line('topic.gentler'),
            followUps: [line('topic.followUps.0'), line('topic.followUps.1')], listenFor: [line('topic.listenFor.0')],
            avoid: [line('topic.avoid.0')], culturalNote: line('topic.culturalNote'),
          },
        },
      },
    ],
    services: [
      {
        id: 'hostile-service', category: 'staffPsychologicalSupport', name: line('service.name'), description: line('service.description'),
        hours: line('service.hours'), phone: '01632 960000', email: 'wellbeing@example.nhs.uk', url: url('service.url'), topics: ['hostile', 'workload'],
      },
    ],
    crisisOverrides: [{ id: 'samaritans', note: line('crisis.note') }],
    escalation: { name: line('escalation.name'), description: line('escalation.description'), phone: '01632 960001', email: 'duty@example.nhs.uk', url: url('escalation.url') },
    overrides: { 'en-GB': hostileOverrides(payload) },
  };
}

// Elements no text may ever turn into: the guide itself renders none of them.
const injectedTags = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'img', 'svg', 'math', 'style', 'link', 'meta', 'base', 'template']);
// Addresses a link may lead to: web pages, and phone, text and email apps. Anything else could run script.
const linkSchemes = new Set(['https:', 'http:', 'tel:', 'mailto:', 'sms:']);

function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/**
 * What in `root`'s tree (every shadow root below it too) looks injected: an element of a tag the guide never
 * renders, an `on…` handler attribute, `srcdoc`, or a link or source that is not a web, phone, text or email address.
 * Each problem is a short description, so a failure lists them all.
 */
export function injectedMarkup(root: Element): string[] {
  const problems: string[] = [];
  for (const el of [root, ...deepElements(root.shadowRoot ?? root)]) {
    const tag = el.localName;
    if (injectedTags.has(tag)) problems.push(`<${tag}> element`);
    for (const { name, value } of el.attributes) {
      if (name.startsWith('on') || name === 'srcdoc') problems.push(`${name} attribute on <${tag}>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(name) && !value.startsWith('#')) {
        let scheme = '';
        try {
          scheme = new URL(value, document.baseURI).protocol;
        } catch {
          scheme = 'unparseable';
        }
        if (!linkSchemes.has(scheme)) problems.push(`${name}="${value.slice(0, 60)}" on <${tag}>`);
      }
    }
  }
  return problems;
}

/** Every web address linked in `root`'s tree, shadow roots included. */
export function linkedAddresses(root: Element): string[] {
  return [...deepElements(root.shadowRoot ?? root)].filter((el) => el.localName === 'a' && el.hasAttribute('href')).map((a) => a.getAttribute('href')!);
}

/** The text of `root`'s tree, shadow roots included, with white space folded: what a person can read. */
export function deepText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** The same folding of white space as `deepText`, for text to look for in it. */
export function folded(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Watches for any sign that a payload ran: the flag set, or a dialogue opened. Call the returned function to stop
 * watching; it answers what was seen.
 */
export function watchForScript(): () => string[] {
  const seen: string[] = [];
  const dialogs = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  for (const name of Object.keys(dialogs) as (keyof typeof dialogs)[]) {
    (window as unknown as Record<string, unknown>)[name] = () => void seen.push(`${name}() called`);
  }
  delete (window as unknown as Record<string, unknown>)[pwnedFlag];
  return () => {
    Object.assign(window, dialogs);
    if ((window as unknown as Record<string, unknown>)[pwnedFlag] !== undefined) seen.push(`window.${pwnedFlag} was set`);
    return seen;
  };
}

/**
 * Elements in `root`'s tree (shadow roots included) that reach past the right edge of `frame`, such as a long word
 * that does not wrap: at 320px that would make the page scroll sideways. Each is named by tag, class and start of text.
 */
export function overflowing(root: Element, frame: Element): string[] {
  const edge = frame.getBoundingClientRect().right + 1;
  const found: string[] = [];
  for (const el of deepElements(root.shadowRoot ?? root)) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.right <= edge || el.closest('.visually-hidden')) continue;
    found.push(`<${el.localName}${el.className ? ` class="${el.className}"` : ''}> to ${Math.round(box.right)}px: ${(el.textContent ?? '').trim().slice(0, 30)}`);
  }
  return found;
}
