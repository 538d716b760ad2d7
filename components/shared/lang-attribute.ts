/**
 * How every element's `lang` property becomes its attribute (with `reflect` and `useDefault`): as the native one
 * does, so a host's `:lang()` rules see a language set as a property, but an empty value removes the attribute
 * rather than writing `lang=""`, which would stop those rules matching the language the element inherits.
 * With `useDefault` the initial empty value writes nothing, so a `lang` the host wrote stays as it was.
 */
export const langAttribute = { toAttribute: (value: string): string | null => value || null };
