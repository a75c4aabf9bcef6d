/**
 * Stable JSON for reproducible output: object keys follow the order of the contract's zod schema
 * (so the published files read like docs/data-api.md, whatever order the source files use),
 * keys the schema does not know come after, alphabetically. Two-space indentation, final newline.
 */
import type * as z from 'zod/mini';

interface Def {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  items?: z.ZodMiniType[];
  rest?: z.ZodMiniType | null;
  in?: z.ZodMiniType;
}

function defOf(schema: z.ZodMiniType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Orders `value` like `schema` (recursively). Values are not validated here: the check does that. */
export function canonicalize(schema: z.ZodMiniType | undefined, value: unknown): unknown {
  if (Array.isArray(value)) {
    const def = schema ? defOf(schema) : undefined;
    if (def?.type === 'array') return value.map((item) => canonicalize(def.element, item));
    if (def?.type === 'tuple') return value.map((item, i) => canonicalize(def.items?.[i] ?? def.rest ?? undefined, item));
    if (def && ['optional', 'nullable', 'default', 'pipe', 'union'].includes(def.type)) return canonicalize(unwrap(schema, value), value);
    return value.map((item) => canonicalize(undefined, item));
  }
  if (!isPlainObject(value)) return value;
  const objectSchema = schema ? unwrap(schema, value) : undefined;
  const shape = objectSchema ? defOf(objectSchema).shape : undefined;
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
function unwrap(schema: z.ZodMiniType | undefined, value: unknown): z.ZodMiniType | undefined {
  if (!schema) return undefined;
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return unwrap(def.innerType, value);
    case 'pipe':
      return unwrap(def.in, value);
    case 'union': {
      const options = def.options ?? [];
      const accepting = options.find((option) => option.safeParse(value).success);
      if (accepting) return unwrap(accepting, value);
      if (!isPlainObject(value)) return undefined;
      const score = (option: z.ZodMiniType) => {
        const shape = defOf(unwrap(option, undefined) ?? option).shape ?? {};
        return Object.keys(value).filter((key) => key in shape).length;
      };
      return [...options].sort((a, b) => score(b) - score(a))[0];
    }
    default:
      return schema;
  }
}

/** The text written for a JSON document: canonical key order, 2-space indent, final newline. */
export function stableJson(schema: z.ZodMiniType | undefined, value: unknown): string {
  return `${JSON.stringify(canonicalize(schema, value), null, 2)}\n`;
}
