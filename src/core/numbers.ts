/**
 * Numbers as written to files (CSV, Excel, the data API's summed or averaged observations).
 * Arithmetic in binary floating point leaves noise in the last digits (0.1 + 0.2 is
 * 0.30000000000000004); a reader's spreadsheet shows that noise. Twelve significant digits keep
 * every real measurement (no meter or statistic is that precise) and drop the noise, which sits
 * in the 16th–17th digit. Pure: used by the app's downloads and by the data build alike.
 */
export const SIGNIFICANT_DIGITS = 12;

export function withoutBinaryNoise(value: number): number {
  if (!Number.isFinite(value)) return value;
  // `+ 0` turns -0 into 0: a file should not say "-0".
  return Number.parseFloat(value.toPrecision(SIGNIFICANT_DIGITS)) + 0;
}
