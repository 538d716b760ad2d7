// Naming a language through Intl is slow, and a page names its few languages dozens of times per keystroke.
const names = new Map<string, string>();

/** The name of a language in the reader's own language (`cy` → "Welsh"), or the code when the browser has no name for it. */
export function languageName(lang: string, uiLanguage: string): string {
  const key = `${uiLanguage} ${lang}`;
  let name = names.get(key);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([uiLanguage, 'en-GB'], { type: 'language' }).of(lang) ?? lang;
    } catch {
      name = lang;
    }
    if (names.size > 500) names.clear();
    names.set(key, name);
  }
  return name;
}
