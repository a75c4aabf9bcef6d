/**
 * The quality of a point as shown and exported. A point without a value has no quality: there is
 * nothing measured, modelled or estimated to label, so "Inget värde" never sits beside "Uppmätt".
 * A point with a value and no `quality` field is measured (the contract's default). Shared by the
 * dashboard and the data build, which writes null points without a quality.
 */
import type { Quality } from './schemas';

export function qualityOf(point: { value: number | null; quality?: Quality | undefined }): Quality | undefined {
  if (point.value === null || !Number.isFinite(point.value)) return undefined;
  return point.quality ?? 'measured';
}
