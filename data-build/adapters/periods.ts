/**
 * Calendar periods of instants, cut in the dataset's IANA time zone (sources.md: an observation at
 * 2024-01-31T23:30:00Z is February 2024 in Europe/Stockholm), and the standard sources' own
 * period codes. `Intl.DateTimeFormat` knows every zone and its daylight-saving rules, so no date
 * library is needed.
 */
import type { Frequency } from '../../src/contract/schemas.ts';
import { quarterPeriod } from '../../src/core/calendar.ts';

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The period of a calendar date at the indicator's frequency: `2024`, `2024-04` (Q2), `2024-02`, `2024-02-01`. */
export function periodOfDate(date: CalendarDate, frequency: Frequency): string {
  const year = String(date.year).padStart(4, '0');
  switch (frequency) {
    case 'annual':
      return year;
    case 'quarterly':
      return `${year}-${pad(Math.floor((date.month - 1) / 3) * 3 + 1)}`;
    case 'monthly':
      return `${year}-${pad(date.month)}`;
    case 'daily':
      return `${year}-${pad(date.month)}-${pad(date.day)}`;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Cuts instants into periods in one zone. Offsets of every zone are whole multiples of 15
 * minutes, so the calendar date is the same throughout a 15-minute slot; the cutter remembers
 * the last slot, which makes a time-ordered stream cost one `Intl` call per slot, not per point.
 */
export class PeriodCutter {
  private readonly format: Intl.DateTimeFormat;
  private lastSlot = Number.NaN;
  private lastDate: CalendarDate = { year: 0, month: 0, day: 0 };

  readonly timeZone: string;

  constructor(timeZone: string) {
    this.timeZone = timeZone;
    try {
      this.format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      throw new RangeError(`unknown time zone "${timeZone}" (expected an IANA name such as Europe/Stockholm)`);
    }
  }

  /** The calendar date of an epoch millisecond in this zone. */
  dateOf(epochMs: number): CalendarDate {
    const slot = Math.floor(epochMs / 900_000);
    if (slot !== this.lastSlot) {
      const parts = this.format.formatToParts(new Date(epochMs));
      const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
      this.lastDate = { year: part('year'), month: part('month'), day: part('day') };
      this.lastSlot = slot;
    }
    return this.lastDate;
  }

  /**
   * The period of an ISO 8601 time as the sources write it. An instant with `Z` or an offset is
   * placed in this zone; a local time without an offset is already wall-clock time there, so its
   * own date is used. Returns `undefined` for text that is not such a time.
   */
  periodOf(time: string, frequency: Frequency): { period: string; epochMs: number } | undefined {
    const match = ISO_INSTANT.exec(time.trim());
    if (!match) return undefined;
    const [, y, m, d, , , , zone] = match;
    const epochMs = Date.parse(zone === undefined ? `${y}-${m}-${d}T${match[4] ?? '00'}:${match[5] ?? '00'}:${match[6] ?? '00'}Z` : normaliseZone(time.trim()));
    if (Number.isNaN(epochMs)) return undefined;
    const date = zone === undefined ? { year: Number(y), month: Number(m), day: Number(d) } : this.dateOf(epochMs);
    if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) return undefined;
    return { period: periodOfDate(date, frequency), epochMs };
  }
}

/** `Date.parse` wants `+01:00`; ISO 8601 also allows `+0100`, and a space instead of `T`. */
function normaliseZone(time: string): string {
  return time.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
}

/** The start of a SensorThings `phenomenonTime`: an instant, or an interval `start/end`. */
export function intervalStart(time: string): string {
  const slash = time.indexOf('/');
  return slash === -1 ? time : time.slice(0, slash);
}

/**
 * SCB's time codes: `2023` (year), `2023K2` / `2023Q2` (quarter → its first month, as the data API
 * stores quarters), `2023M04` (month). Anything else is `undefined`.
 */
export function periodOfPxwebTimeCode(code: string): string | undefined {
  const match = /^(\d{4})(?:([KQ])([1-4])|M(0[1-9]|1[0-2]))?$/.exec(code.trim());
  if (!match) return undefined;
  const [, year, , quarter, month] = match;
  if (quarter !== undefined) return quarterPeriod(year!, Number(quarter));
  if (month !== undefined) return `${year}-${month}`;
  return year;
}
