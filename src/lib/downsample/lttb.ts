/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013, "Downsampling Time Series for
 * Visual Representation", ch. 4). Keeps the first and last point and, from each of
 * `threshold − 2` equal buckets in between, the one point that forms the largest triangle with
 * the point kept from the bucket before and the average of the bucket after. The result is a
 * subset of the input (no values are invented), in input order, so every drawn point still
 * carries its own period, quality and note.
 *
 * Pure and allocation-light: the core works on parallel numeric arrays and returns indices;
 * `lttb` is the convenience form for arrays of objects. Inputs must be ordered by x.
 */

/** The indices (ascending) that LTTB keeps when reducing `xs`/`ys` to `threshold` points. */
export function lttbIndices(xs: ArrayLike<number>, ys: ArrayLike<number>, threshold: number): number[] {
  const length = Math.min(xs.length, ys.length);
  const target = Math.floor(threshold);
  if (target >= length || length <= 2) return Array.from({ length }, (_, index) => index);
  if (target <= 0) return [];
  if (target === 1) return [length - 1];
  if (target === 2) return [0, length - 1];

  const kept = new Array<number>(target);
  kept[0] = 0;
  // Width of the buckets between the fixed first and last points.
  const every = (length - 2) / (target - 2);
  let a = 0;

  for (let bucket = 0; bucket < target - 2; bucket++) {
    // The next bucket's average point: the third corner of the triangle.
    const nextStart = Math.floor((bucket + 1) * every) + 1;
    const nextEnd = Math.min(Math.floor((bucket + 2) * every) + 1, length);
    let avgX = 0;
    let avgY = 0;
    for (let index = nextStart; index < nextEnd; index++) {
      avgX += xs[index] as number;
      avgY += ys[index] as number;
    }
    const nextCount = nextEnd - nextStart;
    if (nextCount > 0) {
      avgX /= nextCount;
      avgY /= nextCount;
    } else {
      // The last bucket: its "next" is the fixed last point.
      avgX = xs[length - 1] as number;
      avgY = ys[length - 1] as number;
    }

    const start = Math.floor(bucket * every) + 1;
    const end = Math.floor((bucket + 1) * every) + 1;
    const ax = xs[a] as number;
    const ay = ys[a] as number;
    let maxArea = -1;
    let chosen = start;
    for (let index = start; index < end; index++) {
      // Twice the triangle's area; the factor does not change which point wins.
      const area = Math.abs((ax - avgX) * ((ys[index] as number) - ay) - (ax - (xs[index] as number)) * (avgY - ay));
      if (area > maxArea) {
        maxArea = area;
        chosen = index;
      }
    }
    kept[bucket + 1] = chosen;
    a = chosen;
  }
  kept[target - 1] = length - 1;
  return kept;
}

/**
 * Reduces `data` (ordered by x) to at most `threshold` items with LTTB; returns `data` itself
 * when it is already small enough.
 */
export function lttb<T>(data: ReadonlyArray<T>, threshold: number, x: (item: T) => number, y: (item: T) => number): T[] {
  if (data.length <= threshold) return [...data];
  const xs = new Float64Array(data.length);
  const ys = new Float64Array(data.length);
  for (let index = 0; index < data.length; index++) {
    const item = data[index] as T;
    xs[index] = x(item);
    ys[index] = y(item);
  }
  return lttbIndices(xs, ys, threshold).map((index) => data[index] as T);
}

/**
 * LTTB for a series with gaps: the runs of non-null values are reduced separately, each to a
 * share of `threshold` proportional to its length (at least its two ends), and the null items
 * between runs are kept once each, so a gap in the data stays a gap in the line.
 */
export function lttbWithGaps<T>(data: ReadonlyArray<T>, threshold: number, x: (item: T) => number, y: (item: T) => number | null): T[] {
  if (data.length <= threshold) return [...data];
  const runs: Array<{ start: number; end: number }> = [];
  let valued = 0;
  let runStart = -1;
  for (let index = 0; index <= data.length; index++) {
    const value = index < data.length ? y(data[index] as T) : null;
    const hasValue = value !== null && Number.isFinite(value);
    if (hasValue) {
      valued += 1;
      if (runStart < 0) runStart = index;
    } else if (runStart >= 0) {
      runs.push({ start: runStart, end: index });
      runStart = -1;
    }
  }
  if (runs.length <= 1 && valued === data.length) return lttb(data, threshold, x, (item) => y(item) as number);

  const gapCount = runs.length + 1;
  const budget = Math.max(threshold - gapCount, runs.length * 2);
  const result: T[] = [];
  let cursor = 0;
  for (const run of runs) {
    // One null before the run stands for the whole gap.
    if (run.start > cursor) result.push(data[run.start - 1] as T);
    const slice = data.slice(run.start, run.end);
    const share = Math.max(2, Math.round((budget * slice.length) / valued));
    result.push(...lttb(slice, share, x, (item) => y(item) as number));
    cursor = run.end;
  }
  if (cursor < data.length) result.push(data[data.length - 1] as T);
  return result;
}
