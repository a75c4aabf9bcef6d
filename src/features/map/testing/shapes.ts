/** Shapes for the map feature's unit tests (never imported by the app). */

/** A closed square ring of `size` degrees, its south-west corner at lon/lat. */
export const square = (lon: number, lat: number, size: number): [number, number][] => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];
