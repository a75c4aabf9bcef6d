/** Periods as people write them in a source file → data API periods. */
import { periodSchema } from '../../src/contract/schemas.ts';
import { quarterPeriod } from '../../src/core/calendar.ts';

/**
 * `2023`, `2023-04`, `2023-04-15` as they are; `2023-Q2` (or `2023Q2`, `2023 Q2`) → `2023-04`,
 * the first month of the quarter. A date typed as a date in Excel arrives as a Date (UTC
 * midnight) → `YYYY-MM-DD`. Returns undefined for anything else.
 */
export function normalisePeriod(input: string | Date): string | undefined {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return undefined;
    return input.toISOString().slice(0, 10);
  }
  const text = input.trim();
  const quarter = /^(\d{4})[- ]?[Qq]([1-4])$/.exec(text);
  const period = quarter ? quarterPeriod(quarter[1]!, Number(quarter[2])) : text;
  return periodSchema.safeParse(period).success ? period : undefined;
}
