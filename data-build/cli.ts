/**
 * npm run data:build -- <source folder> --out <dir> [--internal-out <dir>] [--keep-going]
 *                       [--previous <dir>] [--internal-previous <dir>]
 *                       [--today YYYY-MM-DD | ISO date-time] [--no-timings] [--full]
 *
 * --full harvests SensorThings and NGSI-LD sources whole instead of only what arrived since the
 * last build (docs/sources.md "Incremental harvest").
 *
 * --previous / --internal-previous name the previous output to compare with (changes.json) and
 * to keep stale series from; by default the --out / --internal-out folders themselves.
 *
 * SOURCE_DATE_EPOCH (seconds) stands for --today when that is not given, and also turns timings
 * off (reproducible-builds.org convention): the whole output is then byte-identical for the same
 * inputs. DATA_BUILD_TIMEOUT_MS (milliseconds) shortens the per-request timeout (default 30 s) and
 * with it the pauses between tries, so that tests of failing sources stay fast. Prints one line per source and a summary; exit code 0 (built), 1 (failed: the previous
 * output is left as it was), 2 (usage). See docs/sources.md.
 */
import { adapters } from './adapters/index.ts';
import { runBuild, type AdapterRegistry, type BuildProgress } from './build.ts';
import { isMainModule } from '../scripts/is-main.ts';
import { usageProblem } from '../scripts/cli-args.ts';
import { parseArgs as parseCommandLine } from 'node:util';

export interface CliOptions {
  sourceDir: string;
  outDir: string;
  internalOutDir?: string;
  previousDir?: string;
  internalPreviousDir?: string;
  keepGoing: boolean;
  /** Harvest SensorThings / NGSI-LD sources whole, ignoring the kept build state. */
  full?: boolean;
  today?: string;
  timings: boolean;
  /** Per request, from DATA_BUILD_TIMEOUT_MS (for tests against slow local servers); default 30 s. */
  timeoutMs?: number;
}

export const USAGE =
  'Usage: npm run data:build -- <source folder> --out <dir> [--internal-out <dir>] [--previous <dir>] [--internal-previous <dir>] [--keep-going] [--full] [--today YYYY-MM-DD] [--no-timings]';

/** Parses the arguments; a string is a usage error. */
export function parseArgs(argv: ReadonlyArray<string>, env: Record<string, string | undefined> = {}): CliOptions | string {
  let parsed;
  try {
    parsed = parseCommandLine({
      args: argv.filter((arg) => arg !== '--'),
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        'internal-out': { type: 'string' },
        previous: { type: 'string' },
        'internal-previous': { type: 'string' },
        today: { type: 'string' },
        'keep-going': { type: 'boolean', default: false },
        'no-timings': { type: 'boolean', default: false },
        full: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return usageProblem(error);
  }
  const { values, positionals: positional } = parsed;
  const options: Partial<CliOptions> = {
    keepGoing: values['keep-going'],
    timings: !values['no-timings'],
    ...(values.full ? { full: true } : {}),
    ...(values.out === undefined ? {} : { outDir: values.out }),
    ...(values['internal-out'] === undefined ? {} : { internalOutDir: values['internal-out'] }),
    ...(values.previous === undefined ? {} : { previousDir: values.previous }),
    ...(values['internal-previous'] === undefined ? {} : { internalPreviousDir: values['internal-previous'] }),
    ...(values.today === undefined ? {} : { today: values.today }),
  };
  if (positional.length !== 1) return 'give exactly one source folder';
  if (options.outDir === undefined) return '--out is required';
  if (options.internalPreviousDir !== undefined && options.internalOutDir === undefined) return '--internal-previous needs --internal-out';
  const epoch = env.SOURCE_DATE_EPOCH;
  if (options.today === undefined && epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) return `SOURCE_DATE_EPOCH "${epoch}" is not a number of seconds`;
    options.today = `${new Date(Number(epoch) * 1000).toISOString().slice(0, 19)}Z`;
    options.timings = false;
  }
  const timeout = env.DATA_BUILD_TIMEOUT_MS;
  if (timeout !== undefined && timeout !== '') {
    if (!/^[1-9]\d*$/.test(timeout)) return `DATA_BUILD_TIMEOUT_MS "${timeout}" is not a positive number of milliseconds`;
    options.timeoutMs = Number(timeout);
  }
  return { ...(options as CliOptions), sourceDir: positional[0] as string };
}

/** One line per source on the terminal; on a TTY, paged sources also show a live counter. */
function terminalProgress(print: (line: string) => void, tty: boolean): BuildProgress {
  let done = 0;
  return {
    page: tty
      ? (source, progress) => {
          const total = progress.totalPoints === undefined ? '' : ` of ${progress.totalPoints}`;
          const share = progress.totalPoints ? ` ${'#'.repeat(Math.round((20 * progress.pointsRead) / progress.totalPoints)).padEnd(20, '.')}` : '';
          process.stdout.write(
            `\r  … ${source.indicatorId} (${source.sourceKind}): page ${progress.pagesRead}, ${progress.pointsRead}${total} points${share}\x1b[K`,
          );
        }
      : undefined,
    done: (entry, fetched) => {
      done += 1;
      if (tty) process.stdout.write('\r\x1b[K');
      const outcome = entry.outcome === 'ok' ? 'ok   ' : 'STALE';
      const seconds = (entry.durationMs / 1000).toFixed(1);
      const cost = fetched?.mode === 'incremental' ? ` (${fetched.points} new)` : '';
      print(
        `  ${String(done).padStart(3)} ${outcome} ${entry.sourceKind.padEnd(12)} ${entry.indicatorId.padEnd(32)} ${String(entry.pointsRead).padStart(7)} points${cost}  ${seconds} s  ${entry.location}`,
      );
    },
  };
}

export async function runCli(
  argv: ReadonlyArray<string>,
  env: Record<string, string | undefined>,
  registry: AdapterRegistry,
  print: (line: string) => void = console.log,
  tty = false,
): Promise<number> {
  const parsed = parseArgs(argv, env);
  if (typeof parsed === 'string') {
    print(`data:build: ${parsed}`);
    print(USAGE);
    return 2;
  }
  print(`Building ${parsed.sourceDir} → ${parsed.outDir}${parsed.internalOutDir ? ` (internal: ${parsed.internalOutDir})` : ''}`);
  const result = await runBuild({ ...parsed, adapters: registry, progress: terminalProgress(print, tty), log: print });
  for (const warning of result.warnings) print(`WARN ${warning}`);
  if (!result.ok) {
    for (const error of result.errors) print(`ERROR ${error}`);
    print(`FAILED: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}; ${parsed.outDir} was left as it was.`);
    return 1;
  }
  const entries = [...(result.report?.indicators ?? []), ...(result.internalReport?.indicators ?? [])];
  const stale = entries.filter((entry) => entry.outcome === 'stale').length;
  const points = entries.reduce((sum, entry) => sum + entry.pointsRead, 0);
  const incremental = [...result.fetched.values()].filter((cost) => cost.mode === 'incremental');
  const fresh =
    incremental.length === 0
      ? ''
      : ` (${incremental.reduce((sum, cost) => sum + cost.points, 0)} new from ${incremental.length} incremental harvest${incremental.length === 1 ? '' : 's'})`;
  print(
    `OK: ${entries.length} indicator${entries.length === 1 ? '' : 's'}, ${points} points read${fresh}, ${stale} stale, ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}; wrote ${result.files.size} files to ${parsed.outDir}${parsed.internalOutDir ? ` and the internal output to ${parsed.internalOutDir}` : ''}.`,
  );
  return 0;
}

if (isMainModule(import.meta.url)) {
  runCli(process.argv.slice(2), process.env, adapters, console.log, process.stdout.isTTY === true).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error('data:build crashed:', error);
      process.exitCode = 2;
    },
  );
}
