/**
 * Stable JSON for reproducible output: object keys follow the order of the contract's zod schema
 * (so the published files read like docs/data-api.md, whatever order the source files use),
 * keys the schema does not know come after, alphabetically. Two-space indentation, final newline.
 */
import * as z from 'zod/mini';
import { isObject } from '../../src/contract/json.ts';

/** A schema as the contract builds it; its parts are read through zod's public classes and `def`. */
type Schema = z.core.$ZodType;

/** The schema that describes a value in the wrapper, for the wrappers whose shape does not matter here. */
function inner(schema: Schema): Schema | undefined {
  if (schema instanceof z.ZodMiniOptional || schema instanceof z.ZodMiniNullable || schema instanceof z.ZodMiniDefault) return schema.def.innerType;
  if (schema instanceof z.ZodMiniPipe) return schema.def.in;
  return undefined;
}

/** A union, plain or discriminated (zod's discriminated union is not a subclass of the plain one). */
function unionOptions(schema: Schema): readonly Schema[] | undefined {
  return schema instanceof z.ZodMiniUnion || schema instanceof z.ZodMiniDiscriminatedUnion ? schema.def.options : undefined;
}

/** Orders `value` like `schema` (recursively). Values are not validated here: the check does that. */
export function canonicalize(schema: Schema | undefined, value: unknown): unknown {
  if (Array.isArray(value)) {
    if (schema instanceof z.ZodMiniArray) return value.map((item) => canonicalize(schema.def.element, item));
    if (schema instanceof z.ZodMiniTuple) {
      const { items, rest } = schema.def;
      return value.map((item, i) => canonicalize(items[i] ?? rest ?? undefined, item));
    }
    if (schema && (inner(schema) || unionOptions(schema))) return canonicalize(unwrap(schema, value), value);
    return value.map((item) => canonicalize(undefined, item));
  }
  if (!isObject(value)) return value;
  const objectSchema = schema ? unwrap(schema, value) : undefined;
  const shape: Record<string, Schema> | undefined = objectSchema instanceof z.ZodMiniObject ? objectSchema.shape : undefined;
  const known = shape ? Object.keys(shape).filter((key) => key in value) : [];
  const others = Object.keys(value)
    .filter((key) => !shape || !(key in shape))
    .sort();
  const out: Record<string, unknown> = {};
  for (const key of [...known, ...others]) {
    if (value[key] === undefined) continue;
    out[key] = canonicalize(shape?.[key], value[key]);
  }
  return out;
}

/** The schema that describes `value` under wrappers and unions (the first union member that accepts it, else the one sharing most keys). */
function unwrap(schema: Schema | undefined, value: unknown): Schema | undefined {
  if (!schema) return undefined;
  const wrapped = inner(schema);
  if (wrapped) return unwrap(wrapped, value);
  const options = unionOptions(schema);
  if (!options) return schema;
  const accepting = options.find((option) => z.safeParse(option, value).success);
  if (accepting) return unwrap(accepting, value);
  if (!isObject(value)) return undefined;
  const score = (option: Schema) => {
    const unwrapped = unwrap(option, undefined) ?? option;
    const shape = unwrapped instanceof z.ZodMiniObject ? unwrapped.shape : {};
    return Object.keys(value).filter((key) => key in shape).length;
  };
  return [...options].sort((a, b) => score(b) - score(a))[0];
}

/** The text written for a JSON document: canonical key order, 2-space indent, final newline. */
export function stableJson(schema: Schema | undefined, value: unknown): string {
  return `${JSON.stringify(canonicalize(schema, value), null, 2)}\n`;
}
