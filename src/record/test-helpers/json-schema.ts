/**
 * A small JSON Schema (draft 2020-12) checker for the keywords the project's schemas use: `type`, `enum`,
 * `properties`, `required`, `additionalProperties: false`, `items`, `pattern`, `maxLength`, `maxItems`,
 * `uniqueItems` and local `$ref`s into `$defs`, plus the annotations. Any other keyword is reported as an
 * error, so a schema cannot quietly rely on something this checker does not check. For tests only: the
 * project adds no schema library.
 */

/** A schema, or part of one, as parsed from JSON. */
export type Schema = { readonly [keyword: string]: unknown };

const annotations = new Set(['$schema', '$id', '$comment', '$defs', 'title', 'description', 'examples']);
const assertions = new Set(['type', 'enum', 'properties', 'required', 'additionalProperties', 'items', 'pattern', 'maxLength', 'maxItems', 'uniqueItems', '$ref']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object': return isObject(value);
    case 'array': return Array.isArray(value);
    case 'string': return typeof value === 'string';
    case 'integer': return Number.isInteger(value);
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'boolean': return typeof value === 'boolean';
    case 'null': return value === null;
    default: return false;
  }
}

// JSON equality, enough for enums of strings, numbers and null, and for uniqueItems.
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function resolve(root: Schema, ref: string): Schema {
  const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
  const target = match ? (root.$defs as Record<string, Schema> | undefined)?.[match[1]!] : undefined;
  if (!target) throw new Error(`the checker cannot follow $ref "${ref}"`);
  return target;
}

/**
 * Every way `value` breaks `schema`, each as `path: problem` (`$.actions[0].owner: not in the enum`); empty when
 * the value is valid. `root` is the whole schema, for `$ref`s.
 */
export function schemaErrors(schema: Schema, value: unknown, path = '$', root: Schema = schema): string[] {
  const errors: string[] = [];
  for (const keyword of Object.keys(schema)) {
    if (!annotations.has(keyword) && !assertions.has(keyword)) errors.push(`${path}: the checker does not know "${keyword}"`);
  }
  if (typeof schema.$ref === 'string') errors.push(...schemaErrors(resolve(root, schema.$ref), value, path, root));
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((type) => hasType(value, type))) return [...errors, `${path}: not of type ${types.join(' or ')}`];
  }
  if (schema.enum && !(schema.enum as unknown[]).some((allowed) => same(allowed, value))) errors.push(`${path}: not in the enum`);
  if (typeof value === 'string') {
    // JSON Schema counts characters as code points, and its patterns are ECMA-262 regular expressions (u flag).
    if (typeof schema.maxLength === 'number' && [...value].length > schema.maxLength) errors.push(`${path}: longer than ${schema.maxLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: does not match the pattern`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) errors.push(`${path}: more than ${schema.maxItems} items`);
    if (schema.uniqueItems === true && value.some((item, i) => value.findIndex((other) => same(other, item)) !== i)) errors.push(`${path}: repeats an item`);
    if (schema.items) value.forEach((item, i) => errors.push(...schemaErrors(schema.items as Schema, item, `${path}[${i}]`, root)));
  }
  if (isObject(value)) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!Object.hasOwn(value, key)) errors.push(`${path}.${key}: missing`);
    for (const [key, item] of Object.entries(value)) {
      if (Object.hasOwn(properties, key)) errors.push(...schemaErrors(properties[key]!, item, `${path}.${key}`, root));
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not allowed`);
    }
  }
  return errors;
}
