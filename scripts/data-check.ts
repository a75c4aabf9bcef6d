/**
 * Validator for data publishers:
 *
 *   npm run data:check -- <folder or http(s) base URL>
 *
 * With no argument it checks the embedded dataset, public/data/v1. Prints one line per problem
 * (`ERROR <document> <path>: <message>` or `WARN …`), then a summary; exits 1 on any error.
 * The checks themselves live in data-build/check/ (shared with data:build); docs/data-api.md lists them.
 */
import { parseArgs } from 'node:util';
import { usageProblem } from './cli-args.ts';
import { checkDataset, folderReader, formatProblem, summarize, urlReader, type ReadDocument } from '../data-build/check/index.ts';
import { isMainModule } from './is-main.ts';

export const DEFAULT_TARGET = 'public/data/v1';

/** Runs the check on a folder or URL, writes the report through `print`, returns the exit code. */
export async function runDataCheck(target: string, print: (line: string) => void = console.log): Promise<number> {
  const isUrl = /^https?:\/\//i.test(target);
  const reader = isUrl ? urlReader(target) : folderReader(target);
  let documentsRead = 0;
  const countingReader: ReadDocument = async (name) => {
    const json = await reader(name);
    documentsRead += 1;
    return json;
  };
  print(`Checking ${isUrl ? 'URL' : 'folder'} ${target}`);
  const problems = await checkDataset(countingReader);
  for (const problem of problems) print(formatProblem(problem));
  print(summarize(problems, documentsRead));
  return problems.some((problem) => problem.severity === 'error') ? 1 : 0;
}

if (isMainModule(import.meta.url)) {
  const usage = 'Usage: npm run data:check -- [folder or http(s) base URL]   (default: public/data/v1)';
  let parsed: { help: boolean; targets: string[] } | string;
  try {
    const { values, positionals } = parseArgs({
      args: process.argv.slice(2).filter((arg) => arg !== '--'),
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h', default: false } },
    });
    parsed = { help: values.help, targets: positionals };
  } catch (error) {
    parsed = usageProblem(error);
  }
  if (typeof parsed === 'string' || parsed.help || parsed.targets.length > 1) {
    if (typeof parsed === 'string') console.error(parsed);
    console.log(usage);
    process.exitCode = typeof parsed !== 'string' && parsed.help ? 0 : 2;
  } else {
    runDataCheck(parsed.targets[0] ?? DEFAULT_TARGET).then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        console.error('data:check crashed:', error);
        process.exitCode = 2;
      },
    );
  }
}
