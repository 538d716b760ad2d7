/**
 * Reading back the paths the parsers write (`services[3].phone`, `overrides.cy["common:title"]`), so a
 * form can put each problem next to the field it is about. The inverse of `joinPath` and `indexPath`.
 */

/** One step of a path: a setting's name, or a position in a list. */
export type PathToken = string | number;

/** The path a parser gives an issue about the whole input. */
export const rootIssuePath = 'config';

/**
 * The steps of an issue path: `services[3].phone` → `['services', 3, 'phone']`; the whole input (`config`)
 * → `[]`. A name cut short in the message (`["a very long key…"]`) comes back cut short. Undefined when the
 * text is not a path at all.
 */
export function issuePathTokens(path: string): PathToken[] | undefined {
  if (path === rootIssuePath || path === '') return [];
  const tokens: PathToken[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === '.' && tokens.length > 0) i++;
    const name = /^[A-Za-z_$][\w$]*/.exec(path.slice(i));
    if (name && (tokens.length === 0 || path[i - 1] === '.')) {
      tokens.push(name[0]);
      i += name[0].length;
      continue;
    }
    const index = /^\[(\d+)\]/.exec(path.slice(i));
    if (index) {
      tokens.push(Number(index[1]));
      i += index[0].length;
      continue;
    }
    if (path.startsWith('["', i)) {
      // Quoted names are not escaped, so the name ends at the first `"]` that ends the path or starts a new step.
      let end = path.indexOf('"]', i + 2);
      while (end >= 0 && end + 2 < path.length && !'.['.includes(path[end + 2])) end = path.indexOf('"]', end + 1);
      if (end < 0) return undefined;
      tokens.push(path.slice(i + 2, end));
      i = end + 2;
      continue;
    }
    return undefined;
  }
  return tokens;
}

/** The JSON Pointer (RFC 6901) of a path's steps: `['services', 3, 'phone']` → `/services/3/phone`. */
export function jsonPointer(tokens: readonly PathToken[]): string {
  return tokens.map((t) => `/${String(t).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
