/**
 * Observations from a file of the source folder (input kinds `csv` and `xlsx`): the columns of
 * docs/sources.md ("observations/<indicatorId>.csv") → series in the data API shape.
 */
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { qualitySchema, type Frequency, type LocalizedText, type Point, type Quality, type Series } from '../../src/contract/schemas.ts';
import { periodToTime } from '../../src/core/periods.ts';
import { sourceColumnOf } from '../../src/core/observation-columns.ts';
import { columnLabel, localizedCell, numberCell, parseCsvNumber, readCsv, textCell } from './csv.ts';
import { SourceFileError } from './errors.ts';
import type { FileInput } from './folder.ts';
import { normalisePeriod } from './periods.ts';
import { readText } from './yaml-file.ts';

export const OBSERVATION_COLUMNS = ['period', 'area', 'site', 'value', 'quality', 'note_sv', 'note_en'];
const REQUIRED = ['period', 'area', 'value'];

export interface FileReadResult {
  series: Series[];
  /** Relative to the source folder. */
  file: string;
  pointsRead: number;
  warnings: string[];
}

/** One data row, whatever the file type. */
interface ObservationRow {
  line: number;
  period: string;
  area: string;
  site: string | undefined;
  value: number | null;
  quality: Quality;
  note: LocalizedText | undefined;
}

export function observationFile(indicatorId: string, input: FileInput): string {
  return input.file ?? `observations/${indicatorId}.csv`;
}

export async function readObservationFile(folder: string, indicatorId: string, frequency: Frequency, input: FileInput): Promise<FileReadResult> {
  const file = observationFile(indicatorId, input);
  const { rows, warnings } = input.kind === 'xlsx' ? await readXlsxRows(folder, file, input.sheet, frequency) : await readCsvRows(folder, file);
  return { series: toSeries(rows, file), file, pointsRead: rows.length, warnings };
}

function qualityOf(raw: string | undefined, file: string, line: number, column: string): Quality {
  if (raw === undefined || raw === '') return 'measured';
  const parsed = qualitySchema.safeParse(raw.toLowerCase());
  if (!parsed.success)
    throw new SourceFileError(file, `quality "${raw}" must be one of ${qualitySchema.options.join(', ')} (or empty for measured)`, { line, column });
  return parsed.data;
}

function required(value: string | undefined, file: string, line: number, column: string, what: string): string {
  if (value === undefined || value === '') throw new SourceFileError(file, `${what} is empty`, { line, column });
  return value;
}

async function readCsvRows(folder: string, file: string): Promise<{ rows: ObservationRow[]; warnings: string[] }> {
  const table = readCsv(await readText(folder, file), file, { known: OBSERVATION_COLUMNS, required: REQUIRED });
  const rows = table.rows.map((row): ObservationRow => {
    const rawPeriod = required(textCell(row, 'period'), file, row.line, columnLabel(table, 'period'), 'period');
    const period = normalisePeriod(rawPeriod);
    if (period === undefined)
      throw new SourceFileError(file, `"${rawPeriod}" is not a period (2023, 2023-Q2, 2023-04 or 2023-04-15)`, {
        line: row.line,
        column: columnLabel(table, 'period'),
      });
    return {
      line: row.line,
      period,
      area: required(textCell(row, 'area'), file, row.line, columnLabel(table, 'area'), 'area'),
      site: textCell(row, 'site'),
      value: numberCell(table, row, 'value'),
      quality: qualityOf(textCell(row, 'quality'), file, row.line, columnLabel(table, 'quality')),
      note: localizedCell(row, 'note') as LocalizedText | undefined,
    };
  });
  return { rows, warnings: table.warnings };
}

/** A date cell truncated to the indicator's frequency (a monthly value dated 2023-04-30 is April 2023). */
function periodOfDate(date: Date, frequency: Frequency): string | undefined {
  const day = normalisePeriod(date);
  if (day === undefined) return undefined;
  if (frequency === 'annual') return day.slice(0, 4);
  if (frequency === 'daily') return day;
  return day.slice(0, 7);
}

/** A spreadsheet column's letters (0 → A, 26 → AA), as error messages name cells. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

async function readXlsxRows(
  folder: string,
  file: string,
  sheet: string | number | undefined,
  frequency: Frequency,
): Promise<{ rows: ObservationRow[]; warnings: string[] }> {
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(join(folder, ...file.split('/')));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new SourceFileError(
      file,
      code === 'ENOENT' ? 'file not found' : `not a readable .xlsx workbook (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const chosen = sheet === undefined ? sheets[0] : typeof sheet === 'number' ? sheets[sheet - 1] : sheets.find((candidate) => candidate.sheet === sheet);
  if (!chosen) throw new SourceFileError(file, `no sheet ${JSON.stringify(sheet ?? 1)} (sheets: ${sheets.map((s) => s.sheet).join(', ')})`);
  const where = `${file} [${chosen.sheet}]`;
  const [header = [], ...data] = chosen.data as unknown[][];
  // Headers in Swedish (the Swedish Excel download) name the same columns (src/core/observation-columns.ts).
  const named = header.map((cell) => (typeof cell === 'string' ? cell.trim().toLowerCase() : ''));
  const columns: string[] = named.map((name) => sourceColumnOf(name) ?? name);
  const warnings: string[] = [];
  columns.forEach((name, index) => {
    if (name !== '' && !OBSERVATION_COLUMNS.includes(name)) warnings.push(`${where} row 1, column ${columnLetter(index)}: unknown column "${name}" ignored`);
  });
  for (const name of REQUIRED) if (!columns.includes(name)) throw new SourceFileError(where, `the header row has no column "${name}"`, { line: 1 });
  const at = (name: string) => columns.indexOf(name);
  const label = (name: string) => `${columnLetter(at(name))} (${name})`;
  const rows: ObservationRow[] = [];
  data.forEach((cells, index) => {
    const line = index + 2;
    const cell = (name: string): unknown => (at(name) === -1 ? null : (cells[at(name)] ?? null));
    const str = (name: string): string | undefined => {
      const value = cell(name);
      if (value === null || value === undefined) return undefined;
      const textValue = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
      return textValue === '' ? undefined : textValue;
    };
    if (cells.every((value) => value === null || value === undefined || (typeof value === 'string' && value.trim() === ''))) return;
    const rawPeriod = cell('period');
    const period =
      rawPeriod instanceof Date
        ? periodOfDate(rawPeriod, frequency)
        : typeof rawPeriod === 'number'
          ? normalisePeriod(String(rawPeriod))
          : normalisePeriod(str('period') ?? '');
    if (period === undefined)
      throw new SourceFileError(where, `"${String(rawPeriod ?? '')}" is not a period (2023, 2023-Q2, 2023-04, 2023-04-15 or a date)`, {
        line,
        column: label('period'),
      });
    const rawValue = cell('value');
    let value: number | null;
    if (typeof rawValue === 'number') value = rawValue;
    else if (rawValue === null || rawValue === undefined) value = null;
    else {
      // A number typed as text (often with a decimal comma in a Swedish sheet).
      const parsed = typeof rawValue === 'string' ? parseCsvNumber(rawValue, ';') : undefined;
      if (parsed === undefined) throw new SourceFileError(where, `"${String(rawValue)}" is not a number`, { line, column: label('value') });
      value = parsed;
    }
    const sv = str('note_sv');
    const en = str('note_en');
    rows.push({
      line,
      period,
      area: required(str('area'), where, line, label('area'), 'area'),
      site: str('site'),
      value,
      quality: qualityOf(str('quality'), where, line, at('quality') === -1 ? '' : label('quality')),
      note: sv === undefined && en === undefined ? undefined : { ...(sv === undefined ? {} : { sv }), ...(en === undefined ? {} : { en }) },
    });
  });
  return { rows, warnings };
}

/** Groups rows into series (first appearance order), points sorted by period; a repeated period is an error. */
function toSeries(rows: ReadonlyArray<ObservationRow>, file: string): Series[] {
  const byKey = new Map<string, { series: Series; lines: Map<string, number> }>();
  for (const row of rows) {
    const key = `${row.area}\u0000${row.site ?? ''}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { series: { areaId: row.area, ...(row.site === undefined ? {} : { siteId: row.site }), points: [] }, lines: new Map() };
      byKey.set(key, entry);
    }
    const earlier = entry.lines.get(row.period);
    if (earlier !== undefined) {
      throw new SourceFileError(
        file,
        `period ${row.period} for ${row.site === undefined ? `area "${row.area}"` : `site "${row.site}"`} is already given on line ${earlier}`,
        { line: row.line },
      );
    }
    entry.lines.set(row.period, row.line);
    // A point without a value has no quality (src/contract/quality.ts): nothing to call measured.
    const point: Point = {
      period: row.period,
      value: row.value,
      ...(row.value === null ? {} : { quality: row.quality }),
      ...(row.note === undefined ? {} : { note: row.note }),
    };
    entry.series.points.push(point);
  }
  return [...byKey.values()].map(({ series }) => ({
    ...series,
    points: series.points
      .map((point, index) => ({ point, index, time: periodToTime(point.period) }))
      .sort((a, b) => a.time - b.time || a.index - b.index)
      .map(({ point }) => point),
  }));
}
