/** Reading parsed JSON defensively, before (or instead of) a schema: the one object test. */

export type JsonObject = Record<string, unknown>;

/** A JSON object: not an array, not null. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value when it is a JSON object, else undefined (for optional chains over an answer). */
export function asRecord(value: unknown): JsonObject | undefined {
  return isObject(value) ? value : undefined;
}
