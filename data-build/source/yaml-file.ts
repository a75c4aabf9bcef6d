/** Reading `.yaml` (YAML or JSON) and `.json`/`.geojson` files of the source folder. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { SourceFileError } from './errors.ts';

export async function readText(folder: string, file: string): Promise<string> {
  try {
    return (await readFile(join(folder, ...file.split('/')), 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new SourceFileError(file, code === 'ENOENT' ? 'file not found' : `could not be read (${String(error)})`);
  }
}

/** Parses YAML (JSON is YAML); a syntax error names the file, line and column. */
export function parseYaml(text: string, file: string): unknown {
  try {
    return parse(text, { uniqueKeys: true, prettyErrors: true }) as unknown;
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const position = error.linePos?.[0];
      const message = error.message.split('\n')[0] ?? error.message;
      throw new SourceFileError(
        file,
        message.replace(/ at line \d+, column \d+:?$/, ''),
        position ? { line: position.line, column: String(position.col) } : {},
      );
    }
    throw error;
  }
}

export function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SourceFileError(file, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}
