/**
 * A one-entry memo outside React (like memoize-one or reselect). Derived lists (the visible
 * series, the rows of one indicator) are new arrays on many renders while the records inside
 * stay the same objects; keying on those records (arrays compared element by element) keeps a
 * long series from being re-processed on every render — a tab switch or a range change must
 * not re-sort 100 000 points.
 */
function sameKey(a: ReadonlyArray<unknown>, b: ReadonlyArray<unknown>): boolean {
  if (a.length !== b.length) return false;
  return a.every((value, index) => {
    const other = b[index];
    if (Array.isArray(value) && Array.isArray(other)) return value.length === other.length && value.every((item, i) => Object.is(item, other[i]));
    return Object.is(value, other);
  });
}

/** `fn` recomputed only when `keyOf(...args)` changes (one level of arrays compared by element). */
export function memoizeLast<A extends unknown[], R>(fn: (...args: A) => R, keyOf: (...args: A) => ReadonlyArray<unknown> = (...args) => args): (...args: A) => R {
  let last: { key: ReadonlyArray<unknown>; result: R } | undefined;
  return (...args: A) => {
    const key = keyOf(...args);
    if (last && sameKey(last.key, key)) return last.result;
    const result = fn(...args);
    last = { key, result };
    return result;
  };
}
