/**
 * Raw-document check for areas.geojson and sites.geojson: a schema failure caused by a latitude
 * outside ±90 with a plausible latitude first gets a "swapped" hint.
 */
import { type CheckContext, type RawDocument } from './types.ts';
import { isObject } from '../../src/contract/json.ts';

export function checkSwappedLatitudes(ctx: CheckContext, documentName: string, raw: RawDocument): void {
  const features = isObject(raw.json) && Array.isArray(raw.json.features) ? raw.json.features : [];
  features.forEach((feature: unknown, index: number) => {
    const geometry = isObject(feature) && isObject(feature.geometry) ? feature.geometry.coordinates : undefined;
    const flat: number[][] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value) && value.length >= 2 && value.every((n) => typeof n === 'number')) flat.push(value as number[]);
      else if (Array.isArray(value)) value.forEach(walk);
    };
    walk(geometry);
    const bad = flat.find(([lon, lat]) => lon !== undefined && lat !== undefined && Math.abs(lat) > 90 && Math.abs(lon) <= 90);
    if (bad) {
      ctx.add(
        'error',
        documentName,
        `features[${index}].geometry.coordinates`,
        `[${bad.join(', ')}] has a latitude outside -90…90: the position looks swapped (GeoJSON is [longitude, latitude])`,
      );
    }
  });
}
