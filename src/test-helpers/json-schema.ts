import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';

/**
 * JSON Schema checks for tests, by Ajv (draft 2020-12, which every schema of the project declares), so the
 * tests hold a schema and its parser to the same answers with a validator that is not ours to get wrong.
 * Strict mode: a keyword Ajv does not know (a misspelt `maxLenght`, a `format` with no checker) makes the
 * schema fail to compile instead of being ignored. Every error is reported, not only the first.
 */

/** A schema, or part of one, as parsed from JSON. */
export type Schema = boolean | { readonly [keyword: string]: unknown };

/** One reason a value does not match, as Ajv gives it (`instancePath` is a JSON Pointer: `/services/3/phone`). */
export type SchemaIssue = ErrorObject;

// strictRequired is off: the trust config's language maps require "en-GB" among keys that `propertyNames`
// describes, which is sound JSON Schema that strictRequired would refuse. strictTypes and strictTuples
// throw instead of logging, so a test prints nothing.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: true, strictTuples: true });

/** Compiles `schema` with the tests' Ajv; throws when the schema is not valid draft 2020-12 under strict mode. */
export function compileSchema(schema: Schema): (value: unknown) => SchemaIssue[] {
  const check = ajv.compile(schema as object);
  return (value) => (check(value) ? [] : [...(check.errors ?? [])]);
}

/** Every way `value` breaks `schema`, as Ajv reports it; empty when it matches. */
export function schemaIssues(schema: Schema, value: unknown): SchemaIssue[] {
  return compileSchema(schema)(value);
}

/** True when `value` matches `schema`. */
export function isValid(schema: Schema, value: unknown): boolean {
  return schemaIssues(schema, value).length === 0;
}

/**
 * Every way `value` breaks `schema`, each as one short line (`$.actions[0].owner: missing`,
 * `$.sections[3]: not in the enum`), so a test can name the error it expects; empty when it matches.
 */
export function schemaErrors(schema: Schema, value: unknown): string[] {
  return schemaIssues(schema, value).map(describe);
}

function describe(issue: SchemaIssue): string {
  const path = pathOf(issue.instancePath);
  const params = issue.params as Record<string, unknown>;
  switch (issue.keyword) {
    case 'required': return `${path}.${String(params.missingProperty)}: missing`;
    case 'additionalProperties': return `${path}.${String(params.additionalProperty)}: not allowed`;
    case 'type': return `${path}: not of type ${String(params.type).replaceAll(',', ' or ')}`;
    case 'enum': return `${path}: not in the enum`;
    case 'const': return `${path}: not ${JSON.stringify(params.allowedValue)}`;
    case 'pattern': return `${path}: does not match the pattern`;
    case 'maxLength': return `${path}: longer than ${String(params.limit)}`;
    case 'maxItems': return `${path}: more than ${String(params.limit)} items`;
    case 'uniqueItems': return `${path}: repeats an item`;
    case 'minimum': return `${path}: below the minimum`;
    default: return `${path}: ${issue.keyword} (${issue.message ?? ''})`;
  }
}

// `/actions/0/owner` as `$.actions[0].owner`.
function pathOf(pointer: string): string {
  const tokens = pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
  return tokens.reduce((path, token) => (/^\d+$/.test(token) ? `${path}[${token}]` : `${path}.${token}`), '$');
}
