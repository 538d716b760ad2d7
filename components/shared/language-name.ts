/** A language's name in the interface language ("Welsh"), or its code when the browser cannot name it. */
export function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language, 'en-GB'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
