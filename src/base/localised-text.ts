/** Text a trust writes once, or once per language: `"Staff network"` or `{ "en-GB": "…", "cy": "…" }`. */
export type LocalisedText = string | Readonly<Record<string, string>>;
