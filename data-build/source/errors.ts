/** An error in a file of the source folder: names the file, and where known the line and column. */
export class SourceFileError extends Error {
  /** Relative to the source folder, `/`-separated. */
  readonly file: string;
  /** Physical line (the header is line 1); for a sheet, the row number. */
  readonly line: number | undefined;
  /** e.g. `4 (value)`. */
  readonly column: string | undefined;
  readonly problem: string;
  constructor(file: string, problem: string, where: { line?: number; column?: string } = {}) {
    const place = [where.line === undefined ? undefined : `line ${where.line}`, where.column === undefined ? undefined : `column ${where.column}`]
      .filter(Boolean)
      .join(', ');
    super(`${file}${place === '' ? '' : ` ${place}`}: ${problem}`);
    this.name = 'SourceFileError';
    this.file = file;
    this.line = where.line;
    this.column = where.column;
    this.problem = problem;
  }
}
