/**
 * The project's own dated assessments of its targets (docs/sources.md, "assessments.csv"): one
 * row per assessment, read from `assessments.csv` or `assessments.xlsx` (first sheet) and
 * attached to the goals' targets by indicator and area, newest first.
 *
 * Every error names the file, the line (sheet row) and the column: a target the goals file does
 * not have, a date that is not a date or lies after the build date, an unknown `expected` or
 * `visibility`, an empty author or text.
 */
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import type { Assessment, ExpectedResult, Goal } from '../../src/contract/schemas.ts';
import { columnLabel, readCsv, textCell } from './csv.ts';
import { SourceFileError } from './errors.ts';
import { columnLetter } from './observations.ts';
import { readText } from './yaml-file.ts';

export const ASSESSMENT_COLUMNS = ['indicator', 'area', 'date', 'author', 'expected', 'text_sv', 'text_en', 'visibility'];
const REQUIRED = ['indicator', 'area', 'date', 'author', 'expected'];

/** The words a publisher may write in `expected` (lower case) → the contract's value. */
const EXPECTED_WORDS: Record<string, ExpectedResult> = {
  fully: 'fully',
  partly: 'partly',
  not: 'not',
  helt: 'fully',
  delvis: 'partly',
  ej: 'not',
  inte: 'not',
  'nås helt': 'fully',
  'nås delvis': 'partly',
  'nås inte': 'not',
  'uppnås helt': 'fully',
  'uppnås delvis': 'partly',
  'uppnås ej': 'not',
};

const VISIBILITY_WORDS: Record<string, Assessment['visibility']> = { public: 'public', internal: 'internal', publik: 'public', intern: 'internal' };

/** One row as read, whatever the file type; `column` names a cell for errors. */
interface AssessmentRow {
  line: number;
  column: (name: string) => string;
  cell: (name: string) => string | undefined;
  /** A cell the sheet typed as a date. */
  dateCell?: Date | undefined;
}

export interface AssessmentFile {
  file: string;
  rows: AssessmentRow[];
  warnings: string[];
}

export function parseExpected(raw: string): ExpectedResult | undefined {
  return EXPECTED_WORDS[raw.trim().toLowerCase().replace(/\s+/g, ' ')];
}

/** Reads `assessments.csv` or `assessments.xlsx` (whichever `present` has; both is an error). */
export async function readAssessmentFile(folder: string, present: ReadonlySet<string>): Promise<AssessmentFile | undefined> {
  const csv = present.has('assessments.csv');
  const xlsx = present.has('assessments.xlsx');
  if (csv && xlsx) throw new SourceFileError('assessments.xlsx', 'both assessments.csv and assessments.xlsx exist: keep one');
  if (csv) return readCsvFile(folder);
  if (xlsx) return readAssessmentXlsx(folder);
  return undefined;
}

async function readCsvFile(folder: string): Promise<AssessmentFile> {
  const file = 'assessments.csv';
  const table = readCsv(await readText(folder, file), file, { known: ASSESSMENT_COLUMNS, required: REQUIRED });
  const rows = table.rows.map((row) => ({ line: row.line, column: (name: string) => columnLabel(table, name), cell: (name: string) => textCell(row, name) }));
  return { file, rows, warnings: table.warnings };
}

async function readAssessmentXlsx(folder: string): Promise<AssessmentFile> {
  const file = 'assessments.xlsx';
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(join(folder, file));
  } catch (error) {
    throw new SourceFileError(file, `not a readable .xlsx workbook (${error instanceof Error ? error.message : String(error)})`);
  }
  const sheet = sheets[0];
  if (!sheet) throw new SourceFileError(file, 'the workbook has no sheet');
  const where = `${file} [${sheet.sheet}]`;
  const [header = [], ...data] = sheet.data as unknown[][];
  const columns = header.map((cell) => (typeof cell === 'string' ? cell.trim().toLowerCase() : ''));
  const warnings: string[] = [];
  columns.forEach((name, index) => {
    if (name !== '' && !ASSESSMENT_COLUMNS.includes(name)) warnings.push(`${where} row 1, column ${columnLetter(index)}: unknown column "${name}" ignored`);
  });
  for (const name of REQUIRED) if (!columns.includes(name)) throw new SourceFileError(where, `the header row has no column "${name}"`, { line: 1 });
  const rows: AssessmentRow[] = [];
  data.forEach((cells, index) => {
    if (cells.every((value) => value === null || value === undefined || (typeof value === 'string' && value.trim() === ''))) return;
    const raw = (name: string): unknown => (columns.indexOf(name) === -1 ? undefined : cells[columns.indexOf(name)]);
    const date = raw('date');
    rows.push({
      line: index + 2,
      column: (name) => `${columnLetter(columns.indexOf(name))} (${name})`,
      cell: (name) => {
        const value = raw(name);
        if (value === null || value === undefined) return undefined;
        const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
        return text === '' ? undefined : text;
      },
      dateCell: date instanceof Date ? date : undefined,
    });
  });
  return { file: where, rows, warnings };
}

function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * Attaches the file's assessments to the goals' targets (every goal holding the indicator and
 * area gets them) and sorts each target's assessments newest first. `today` is the build date
 * (`YYYY-MM-DD`): an assessment cannot be dated after it.
 */
export function attachAssessments(goals: ReadonlyArray<Goal>, source: AssessmentFile, today: string): Goal[] {
  const { file } = source;
  const byTarget = new Map<string, Assessment[]>();
  const known = new Set(goals.flatMap((goal) => (Array.isArray(goal.targets) ? goal.targets : []).map((target) => `${target.indicatorId}/${target.areaId}`)));
  for (const row of source.rows) {
    const fail = (name: string, problem: string): never => {
      throw new SourceFileError(file, problem, { line: row.line, column: row.column(name) });
    };
    const need = (name: string): string => row.cell(name) ?? fail(name, `${name} is empty`);
    const indicator = need('indicator');
    const area = need('area');
    const key = `${indicator}/${area}`;
    if (!known.has(key)) fail('indicator', `no target for indicator "${indicator}" in area "${area}" in the goals file`);
    const date = row.dateCell ? row.dateCell.toISOString().slice(0, 10) : need('date');
    if (!isRealDate(date)) fail('date', `"${date}" is not a date (YYYY-MM-DD)`);
    if (date > today) fail('date', `${date} is after the build date ${today}: an assessment cannot be dated in the future`);
    const rawExpected = need('expected');
    const expected = parseExpected(rawExpected) ?? fail('expected', `expected "${rawExpected}" must be one of fully, partly, not (or helt, delvis, ej, inte)`);
    const rawVisibility = row.cell('visibility');
    const visibility =
      rawVisibility === undefined
        ? 'public'
        : (VISIBILITY_WORDS[rawVisibility.toLowerCase()] ??
          fail('visibility', `visibility "${rawVisibility}" must be public or internal (or empty for public)`));
    const sv = row.cell('text_sv');
    const en = row.cell('text_en');
    if (sv === undefined && en === undefined)
      fail(row.cell('text_sv') === undefined ? 'text_sv' : 'text_en', 'the assessment has no text (text_sv or text_en)');
    const assessment: Assessment = {
      date,
      author: need('author'),
      expected,
      text: { ...(sv === undefined ? {} : { sv }), ...(en === undefined ? {} : { en }) },
      visibility,
    };
    byTarget.set(key, [...(byTarget.get(key) ?? []), assessment]);
  }
  return goals.map((goal) => {
    if (!Array.isArray(goal.targets)) return goal;
    return {
      ...goal,
      targets: goal.targets.map((target) => {
        const added = byTarget.get(`${target.indicatorId}/${target.areaId}`) ?? [];
        if (added.length === 0) return target;
        return { ...target, assessments: newestFirst([...(target.assessments ?? []), ...added]) };
      }),
    };
  });
}

/** Newest first; assessments of one day keep their file order. */
export function newestFirst(assessments: ReadonlyArray<Assessment>): Assessment[] {
  return assessments
    .map((assessment, index) => ({ assessment, index }))
    .sort((a, b) => (a.assessment.date < b.assessment.date ? 1 : a.assessment.date > b.assessment.date ? -1 : a.index - b.index))
    .map(({ assessment }) => assessment);
}
