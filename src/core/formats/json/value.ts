/**
 * The JSON value model of core: a tagged union instead of JS's dynamic values, because core has no
 * `typeof` and PowerShell has no single value type for "any JSON". `kind` says which shape it is, and
 * narrowing on it gives the field: `if (v.kind === 'string') v.str`. (Each shape carries only its own
 * field, so a value is a small object in PowerShell too.)
 *
 * Objects keep their members in a Map in document (insertion) order; there are no duplicate names (the
 * reader rejects them). Note for comparison with JS objects: JS enumerates integer-like keys ("1",
 * "42") first; a JsonValue keeps the order of the text, so writeJson(parseJson(t)) keeps it too.
 */

export type JsonKind = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

/** `pos`: where the value starts in the text it was read from (UTF-16 offset); absent for built values. */
export interface JsonNull {
  kind: 'null';
  pos?: number;
}

export interface JsonBoolean {
  kind: 'boolean';
  bool: boolean;
  pos?: number;
}

/** A double, as in JS: NaN and Infinity are written as null, like JSON.stringify does. */
export interface JsonNumber {
  kind: 'number';
  num: number;
  pos?: number;
}

/** UTF-16 code units; lone surrogates are possible, as in JS. */
export interface JsonString {
  kind: 'string';
  str: string;
  pos?: number;
}

export interface JsonArray {
  kind: 'array';
  items: JsonValue[];
  pos?: number;
}

/** Members in document order. */
export interface JsonObject {
  kind: 'object';
  members: Map<string, JsonValue>;
  pos?: number;
}

export type JsonValue = JsonNull | JsonBoolean | JsonNumber | JsonString | JsonArray | JsonObject;

/** Arrays and objects may nest this deep (the reader and writer both enforce it). */
export const JSON_MAX_DEPTH = 256;

export function jsonNull(): JsonValue {
  return { kind: 'null' };
}

export function jsonBool(b: boolean): JsonValue {
  return { kind: 'boolean', bool: b };
}

export function jsonNumber(n: number): JsonValue {
  return { kind: 'number', num: n };
}

export function jsonString(s: string): JsonValue {
  return { kind: 'string', str: s };
}

export function jsonArray(items: JsonValue[]): JsonValue {
  return { kind: 'array', items };
}

/** An object from [name, value] pairs in order (a later pair with the same name replaces the value in place). */
export function jsonObject(entries: [string, JsonValue][]): JsonValue {
  const members = new Map<string, JsonValue>();
  for (const [k, v] of entries) members.set(k, v);
  return { kind: 'object', members };
}

/** The member `name` of an object value, or undefined (also when `v` is not an object). */
export function jsonGet(v: JsonValue, name: string): JsonValue | undefined {
  if (v.kind !== 'object') return undefined;
  return v.members.get(name);
}

/** A short description of a value's kind for messages ('a string', 'an array', ...). */
export function jsonKindName(kind: JsonKind): string {
  if (kind === 'null') return 'null';
  if (kind === 'boolean') return 'a boolean';
  if (kind === 'number') return 'a number';
  if (kind === 'string') return 'a string';
  if (kind === 'array') return 'an array';
  return 'an object';
}
