/**
 * The one list encoding in URLs: a single key with comma-separated values (`domain=energy,housing`).
 * Reading also accepts the key repeated (`domain=energy&domain=housing`), which the map wrote
 * before, so old links keep working. `undefined` = the key is absent; `[]` = present but empty.
 */
export function parseList(params: URLSearchParams, key: string): string[] | undefined {
  if (!params.has(key)) return undefined;
  return params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/** Writes the list over `key` in place (its position in the query is kept); `undefined` removes it. */
export function writeList(params: URLSearchParams, key: string, values: ReadonlyArray<string> | undefined): void {
  if (values === undefined) {
    params.delete(key);
    return;
  }
  if (params.getAll(key).length > 1) params.delete(key);
  params.set(key, values.join(','));
}
