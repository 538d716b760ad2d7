// Reading values that people wrote and that may be hostile or broken (Proxies, cycles, getters that throw):
// every check here is guarded and never throws.

/** A value and where it was found, as the HR admin will see it: `services[3].phone`. */
export interface Field {
  readonly value: unknown;
  readonly path: string;
}

/** Stands for a value whose getter threw; readers report it once and read on. */
export const unreadable: unique symbol = Symbol('unreadable');

/** Key names that can rewrite prototypes; never read, never copied. */
export const reservedKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** True for a JS array, without throwing on a revoked Proxy. */
export function isList(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** True for an object that is not a list: the only thing that can hold named config. */
export function isRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !isList(value);
}

/** One own property, never an inherited one, never throwing: `undefined` when absent, `unreadable` when reading threw. */
export function readOwn(obj: object, key: PropertyKey): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(obj, key) ? Reflect.get(obj, key) : undefined;
  } catch {
    return unreadable;
  }
}

/** True when a value is absent, null or only spaces: "not given" to a person writing JSON. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A copy without the keys whose value is `undefined`, so optional fields are absent rather than empty. */
export function compact<T extends object>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) if (value !== undefined) out[key] = value;
  return out as T;
}
