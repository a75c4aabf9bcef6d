/**
 * A json-stat 2.0 dataset decoder: the flat `value` list is row-major over `id`/`size` (the last
 * dimension varies fastest), each dimension's `category.index` gives the code at each position,
 * and `status` marks cells (SCB: `..` missing, `.` not applicable, `:` confidential).
 * Hand-written (see docs/decisions/0003-data-build-from-source-folders.md): the index arithmetic is a few lines, while the one
 * maintained JS library (jsonstat-toolkit) brings its own fetch layer and a large API we would
 * not use.
 */
import { asRecord } from '../../src/contract/json.ts';

export interface JsonStatDimension {
  id: string;
  /** Category codes in index order. */
  codes: string[];
  labels: Record<string, string>;
}

export interface JsonStatCell {
  /** Dimension id → category code. */
  codes: Record<string, string>;
  value: number | null;
  status?: string;
}

export interface JsonStatDataset {
  dimensions: JsonStatDimension[];
  size: number;
  cells(): Generator<JsonStatCell>;
}

/** Decodes a json-stat2 dataset or throws an Error saying what is malformed. */
export function decodeJsonStat(body: unknown): JsonStatDataset {
  const dataset = asRecord(body);
  if (dataset === undefined) throw new Error('expected a json-stat2 dataset object');
  if (dataset.class !== undefined && dataset.class !== 'dataset') throw new Error(`expected class "dataset", got "${String(dataset.class)}"`);
  const ids = dataset.id;
  const sizes = dataset.size;
  const dimensionsById = asRecord(dataset.dimension);
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) throw new Error('"id" must be a list of dimension ids');
  if (!Array.isArray(sizes) || sizes.length !== ids.length || !sizes.every((n) => Number.isInteger(n) && (n as number) >= 0)) {
    throw new Error('"size" must list one whole number per dimension id');
  }
  if (dimensionsById === undefined) throw new Error('"dimension" is missing');

  const dimensions = (ids as string[]).map((id, position): JsonStatDimension => {
    const category = asRecord(asRecord(dimensionsById[id])?.category);
    if (category === undefined) throw new Error(`dimension "${id}" has no category`);
    const codes = categoryCodes(category.index, asRecord(category.label), id);
    if (codes.length !== sizes[position]) throw new Error(`dimension "${id}" has ${codes.length} categories but size says ${String(sizes[position])}`);
    const labels: Record<string, string> = {};
    for (const [code, label] of Object.entries(asRecord(category.label) ?? {})) if (typeof label === 'string') labels[code] = label;
    return { id, codes, labels };
  });
  const total = (sizes as number[]).reduce((product, n) => product * n, 1);
  const valueAt = cellReader(dataset.value, total, 'value');
  const statusAt = statusReader(dataset.status);

  return {
    dimensions,
    size: total,
    *cells() {
      const position = dimensions.map(() => 0);
      for (let flat = 0; flat < total; flat++) {
        const codes: Record<string, string> = {};
        dimensions.forEach((dimension, d) => {
          codes[dimension.id] = dimension.codes[position[d] ?? 0] ?? '';
        });
        const raw = valueAt(flat);
        const status = statusAt(flat);
        yield { codes, value: typeof raw === 'number' && Number.isFinite(raw) ? raw : null, ...(status === undefined ? {} : { status }) };
        // Row-major: advance the last dimension first, carrying into the ones before it.
        for (let d = dimensions.length - 1; d >= 0; d--) {
          const next = (position[d] ?? 0) + 1;
          if (next < (dimensions[d]?.codes.length ?? 0)) {
            position[d] = next;
            break;
          }
          position[d] = 0;
        }
      }
    },
  };
}

/** `index` is either `{ code: position }` or `[code, …]`; a single-category dimension may give only `label`. */
function categoryCodes(index: unknown, label: Record<string, unknown> | undefined, id: string): string[] {
  if (Array.isArray(index)) return index.map(String);
  const byCode = asRecord(index);
  if (byCode !== undefined) {
    const codes: string[] = [];
    for (const [code, position] of Object.entries(byCode)) {
      if (!Number.isInteger(position)) throw new Error(`dimension "${id}": index of "${code}" is not a whole number`);
      codes[position as number] = code;
    }
    if (codes.some((code) => code === undefined) || codes.length !== Object.keys(byCode).length)
      throw new Error(`dimension "${id}": index positions have gaps`);
    return codes;
  }
  if (label !== undefined && Object.keys(label).length === 1) return Object.keys(label);
  throw new Error(`dimension "${id}" has no category index`);
}

/** `value` is a dense list, or (json-stat's sparse form) an object from flat index to value. */
function cellReader(value: unknown, total: number, name: string): (flat: number) => unknown {
  if (Array.isArray(value)) {
    if (value.length !== total) throw new Error(`"${name}" has ${value.length} cells but the sizes make ${total}`);
    return (flat) => value[flat];
  }
  const sparse = asRecord(value);
  if (sparse !== undefined) return (flat) => sparse[String(flat)];
  throw new Error(`"${name}" must be a list or an object`);
}

/** `status` is one string for every cell, a list, or an object from flat index to marker. */
function statusReader(status: unknown): (flat: number) => string | undefined {
  if (status === undefined || status === null) return () => undefined;
  if (typeof status === 'string') return () => status;
  if (Array.isArray(status)) return (flat) => (typeof status[flat] === 'string' && status[flat] !== '' ? (status[flat] as string) : undefined);
  const sparse = asRecord(status);
  if (sparse !== undefined) return (flat) => (typeof sparse[String(flat)] === 'string' ? (sparse[String(flat)] as string) : undefined);
  throw new Error('"status" must be a string, a list or an object');
}
