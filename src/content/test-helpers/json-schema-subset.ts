/**
 * A small validator for the part of JSON Schema (draft 2020-12) that `docs/trust-config.schema.json` uses,
 * so tests can hold the schema and the parser to the same answers without a new dependency. A keyword it
 * does not know is a thrown error, never silently skipped: if the schema starts using one, this file must
 * learn it first.
 */

/** A schema or sub-schema, as parsed from JSON. */
export type Schema = boolean | { readonly [keyword: string]: unknown };

/** One reason an instance does not match: where (`/services/3/phone`), which keyword, and a short note. */
export interface SchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message: string;
}

// Words a validator may ignore: they describe, they do not constrain.
const annotations = new Set(['$schema', '$id', '$comment', 'title', 'description', 'examples', 'default']);
const assertions = new Set([
  '$defs', '$ref', 'type', 'enum', 'const', 'properties', 'required', 'additionalProperties', 'propertyNames', 'maxProperties',
  'items', 'maxItems', 'uniqueItems', 'pattern', 'minLength', 'maxLength', 'anyOf', 'not',
]);

/** Thrown when a schema uses a keyword or a `$ref` this validator does not handle. */
export class UnsupportedSchemaError extends Error {
  override name = 'UnsupportedSchemaError';
}

/** Validates `instance` against `root`, returning every error (empty when it matches). */
export function validate(root: Schema, instance: unknown): SchemaError[] {
  const errors: SchemaError[] = [];
  check(root, root, instance, '', errors);
  return errors;
}

/** True when `instance` matches `root`. */
export function isValid(root: Schema, instance: unknown): boolean {
  return validate(root, instance).length === 0;
}

function check(root: Schema, schema: Schema, value: unknown, path: string, errors: SchemaError[]): void {
  if (schema === true) return;
  if (schema === false) return void errors.push({ instancePath: path, keyword: 'false', message: 'nothing is allowed here' });
  const fail = (keyword: string, message: string) => errors.push({ instancePath: path, keyword, message });
  for (const keyword of Object.keys(schema)) {
    if (!annotations.has(keyword) && !assertions.has(keyword)) throw new UnsupportedSchemaError(`keyword "${keyword}" at ${path || '/'}`);
  }
  const s = schema as Record<string, unknown>;
  if (typeof s.$ref === 'string') check(root, resolve(root, s.$ref), value, path, errors);
  if (s.type !== undefined && !(Array.isArray(s.type) ? s.type : [s.type]).some((t) => hasType(value, t as string))) fail('type', `expected ${String(s.type)}`);
  if (Array.isArray(s.enum) && !s.enum.some((option) => equal(option, value))) fail('enum', 'not one of the allowed values');
  if ('const' in s && !equal(s.const, value)) fail('const', `expected ${JSON.stringify(s.const)}`);
  if (typeof value === 'string') checkString(s, value, fail);
  if (Array.isArray(value)) checkArray(root, s, value, path, errors, fail);
  else if (isObject(value)) checkObject(root, s, value, path, errors, fail);
  if (Array.isArray(s.anyOf) && !s.anyOf.some((branch) => matches(root, branch as Schema, value, path))) fail('anyOf', 'matches none of the choices');
  if (s.not !== undefined && matches(root, s.not as Schema, value, path)) fail('not', 'matches what is not allowed');
}

function matches(root: Schema, schema: Schema, value: unknown, path: string): boolean {
  const errors: SchemaError[] = [];
  check(root, schema, value, path, errors);
  return errors.length === 0;
}

function checkString(s: Record<string, unknown>, value: string, fail: (keyword: string, message: string) => void): void {
  // JSON Schema counts characters (code points), not UTF-16 units.
  const length = [...value].length;
  if (typeof s.maxLength === 'number' && length > s.maxLength) fail('maxLength', `longer than ${s.maxLength}`);
  if (typeof s.minLength === 'number' && length < s.minLength) fail('minLength', `shorter than ${s.minLength}`);
  if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) fail('pattern', `does not match ${s.pattern}`);
}

function checkArray(root: Schema, s: Record<string, unknown>, value: unknown[], path: string, errors: SchemaError[], fail: (k: string, m: string) => void): void {
  if (typeof s.maxItems === 'number' && value.length > s.maxItems) fail('maxItems', `more than ${s.maxItems} items`);
  if (s.uniqueItems === true && value.some((item, i) => value.findIndex((other) => equal(other, item)) !== i)) fail('uniqueItems', 'an item is repeated');
  if (s.items !== undefined) value.forEach((item, i) => check(root, s.items as Schema, item, `${path}/${i}`, errors));
}

function checkObject(
  root: Schema, s: Record<string, unknown>, value: Record<string, unknown>, path: string, errors: SchemaError[], fail: (k: string, m: string) => void,
): void {
  const keys = Object.keys(value);
  const properties = (s.properties ?? {}) as Record<string, Schema>;
  if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties) fail('maxProperties', `more than ${s.maxProperties} properties`);
  for (const key of (s.required ?? []) as string[]) if (!Object.hasOwn(value, key)) fail('required', `"${key}" is missing`);
  for (const key of keys) {
    const at = `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (s.propertyNames !== undefined) check(root, s.propertyNames as Schema, key, at, errors);
    if (Object.hasOwn(properties, key)) check(root, properties[key], value[key], at, errors);
    else if (s.additionalProperties !== undefined) check(root, s.additionalProperties as Schema, value[key], at, errors);
  }
}

function resolve(root: Schema, ref: string): Schema {
  const match = /^#\/\$defs\/([\w-]+)$/.exec(ref);
  const defs = typeof root === 'object' ? (root.$defs as Record<string, Schema> | undefined) : undefined;
  if (!match || !defs || !Object.hasOwn(defs, match[1])) throw new UnsupportedSchemaError(`$ref "${ref}"`);
  return defs[match[1]];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object': return isObject(value);
    case 'array': return Array.isArray(value);
    case 'string': return typeof value === 'string';
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'integer': return Number.isInteger(value);
    case 'boolean': return typeof value === 'boolean';
    case 'null': return value === null;
    default: throw new UnsupportedSchemaError(`type "${type}"`);
  }
}

// Deep equality of JSON values, as enum, const and uniqueItems need it.
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && equal(a[k], b[k]));
}
