import { readId, readLocalisedText, readRecord } from '../base/parse-helpers.js';
import { closest, excerpt, listNames, quote, suggestion, type CodedIssueLog } from '../base/parse-messages.js';
import { compact, isBlank, type Field } from '../base/parse-values.js';
import type { CrisisOverride, ParseTrustConfigOptions } from './trust-config.js';

const crisisId = { pattern: /^[a-z0-9][a-z0-9_-]{0,63}$/i, what: 'the id of a built-in crisis entry, like "samaritans"', kind: 'crisisLine' } as const;

// What a trust may not change on a national line, and what it can do instead.
const fixedCrisisFields: Readonly<Record<'phone' | 'url' | 'hours', string>> = {
  phone: 'national number',
  url: "national line's web address",
  hours: "national line's opening times",
};

/**
 * Reads one entry of `crisisOverrides`: a trust's note on a national crisis line. A national line's number, web
 * address and opening times are refused with the path and what to do instead; a note on a line that does not
 * exist is reported and dropped.
 */
export function readCrisisNote(
  f: Field, seen: Set<string>, log: CodedIssueLog, options: ParseTrustConfigOptions, maxText: number,
): CrisisOverride | undefined {
  const r = readRecord(f, log, ['id', 'note', ...Object.keys(fixedCrisisFields)], { required: true, what: 'a note on a crisis line { "id": …, "note": … }' });
  if (!r) return undefined;
  const id = readId(r.at('id'), log, crisisId.pattern, { required: true, ...crisisId });
  // A national number stays as its service publishes it, with its source and the date it was checked; a trust
  // that changed it would show a local number under a national name and a national source.
  for (const [field, what] of Object.entries(fixedCrisisFields) as [keyof typeof fixedCrisisFields, string][]) {
    if (r.at(field).value === undefined) continue;
    const message = `a ${what} cannot be changed: it is shown as the service publishes it. Add your own line under "services" or "escalation", or add a "note" to this line`;
    log.error(r.at(field).path, message, { code: 'nationalDetail', field });
  }
  const note = readLocalisedText(r.at('note'), log, { max: maxText });
  const known = options.crisisEntryIds;
  if (id === undefined) return undefined;
  if (seen.has(id)) return void log.error(r.at('id').path, `${quote(id)} has two notes; put both in one entry`, { code: 'twoNotes', id: excerpt(id) });
  seen.add(id);
  if (known && !known.includes(id)) {
    const near = closest(id, known);
    const message = `${quote(id)} is not a built-in crisis entry, so this note was ignored${suggestion(id, known)}; the entries are ${listNames(known)}`;
    return void log.warn(r.at('id').path, message, { code: 'notCrisisLine', id: excerpt(id), ...(near ? { suggestion: near } : {}) });
  }
  if (isBlank(r.at('note').value)) log.warn(r.path, 'adds nothing: give a "note"', { code: 'emptyNote' });
  return compact({ id, note });
}
