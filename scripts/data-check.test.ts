import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { runDataCheck } from './data-check.ts';
import { checkDataset, folderReader, formatProblem, urlReader, type CheckProblem } from '../data-build/check/index.ts';

const DATASET = fileURLToPath(new URL('../public/data/v1/', import.meta.url));
const INTERNAL_DATASET = fileURLToPath(new URL('../data/internal/v1/', import.meta.url));

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test fixtures are edited freely

function readJson(dir: string, name: string): Json {
  return JSON.parse(readFileSync(join(dir, name), 'utf8')) as Json;
}

function editJson(dir: string, name: string, edit: (json: Json) => void): void {
  const json = readJson(dir, name);
  edit(json);
  writeFileSync(join(dir, name), JSON.stringify(json));
}

/** Copies the embedded dataset to a temp folder, applies `edit`, checks the copy, cleans up. */
async function checkCopy(edit: (dir: string) => void = () => {}): Promise<CheckProblem[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gsm-data-check-'));
  try {
    cpSync(DATASET, dir, { recursive: true });
    edit(dir);
    return await checkDataset(folderReader(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const errorsOf = (problems: CheckProblem[]) => problems.filter((problem) => problem.severity === 'error');
/** The embedded sample names no contact (it has no real one), which is always warned about. */
const withoutContactWarning = (problems: CheckProblem[]) => problems.filter((problem) => !(problem.documentName === 'meta.json' && problem.path === 'contact'));

test('the embedded dataset passes with no errors and one warning: it names no contact (it has no real one)', async () => {
  const problems = await checkDataset(folderReader(DATASET));
  expect(problems.map((problem) => [problem.severity, problem.documentName, problem.path])).toEqual([['warning', 'meta.json', 'contact']]);
});

test('placeholder addresses (example.org, example.com) are warned about wherever they are', async () => {
  const problems = await checkCopy((dir) => {
    editJson(dir, 'meta.json', (meta) => {
      meta.url = 'https://example.org/monitor/';
      meta.contact = { email: 'kontakt@example.org' };
    });
    editJson(dir, 'indicators.json', (json) => {
      json.indicators[0].source.url = 'https://data.example.com/table';
    });
  });
  const placeholders = problems.filter((problem) => problem.message.includes('placeholder address'));
  expect(placeholders.map((problem) => [problem.severity, problem.documentName, problem.path])).toEqual([
    ['warning', 'meta.json', 'url'],
    ['warning', 'meta.json', 'contact.email'],
    ['warning', 'indicators.json', 'indicators[0].source.url'],
  ]);
  expect(errorsOf(problems)).toEqual([]);
});

test('the embedded dataset has the content the dashboard needs', () => {
  const indicators = readJson(DATASET, 'indicators.json').indicators as Json[];
  const publicOnes = indicators.filter((indicator) => indicator.visibility === 'public');
  expect(publicOnes.length).toBeGreaterThanOrEqual(15);
  for (const domain of ['energy', 'mobility', 'housing']) {
    expect(publicOnes.filter((indicator) => indicator.domain === domain).length).toBeGreaterThanOrEqual(4);
  }
  // The internal indicator is built into data/internal/v1, never into the public folder.
  expect(indicators.filter((indicator) => indicator.visibility === 'internal')).toHaveLength(0);
  const internal = readJson(INTERNAL_DATASET, 'indicators.json').indicators as Json[];
  expect(internal.map((indicator) => [indicator.id, indicator.visibility])).toEqual([['meter-data-coverage', 'internal']]);

  const goals = readJson(DATASET, 'goals.json').goals as Json[];
  expect(goals.length).toBeGreaterThanOrEqual(4);
  for (const goal of goals) {
    expect(new Set((goal.targets as Json[]).map((target) => target.areaId))).toEqual(new Set(['arsta', 'norra-djurgardsstaden']));
  }
  expect((readJson(DATASET, 'sites.geojson').features as Json[]).length).toBeGreaterThanOrEqual(20);
  expect((readJson(DATASET, 'events.json').events as Json[]).length).toBeGreaterThanOrEqual(10);
  const meta = readJson(DATASET, 'meta.json');
  expect(meta.isSample).toBe(true);
  expect(meta.sampleNote.sv).toMatch(/illustrativa/);
  expect(meta.sampleNote.en).toMatch(/illustrative/);
});

test('every published (measured) value in the embedded dataset cites its source', async () => {
  const files = await readdir(join(DATASET, 'observations'));
  for (const file of files) {
    const doc = JSON.parse(await readFile(join(DATASET, 'observations', file), 'utf8')) as Json;
    for (const series of doc.series as Json[]) {
      for (const point of series.points as Json[]) {
        if (point.value === null) continue;
        const quality = point.quality ?? 'measured';
        if (quality === 'measured') {
          expect(point.note?.sv, `${file} ${series.areaId} ${point.period}`).toBeTruthy();
          expect(point.note?.en, `${file} ${series.areaId} ${point.period}`).toBeTruthy();
        } else {
          expect(['estimated', 'modelled']).toContain(quality);
        }
      }
    }
  }
});

test('the embedded targets cover every status, by the shared status rule', () => {
  const start = (period: string) => {
    const [year = 0, month = 1, day = 1] = period.split('-').map(Number);
    return Date.UTC(year, month - 1, day);
  };
  const statuses = new Set<string>();
  for (const goal of readJson(DATASET, 'goals.json').goals as Json[]) {
    for (const target of goal.targets as Json[]) {
      const doc = readJson(DATASET, `observations/${target.indicatorId}.json`);
      const series = (doc.series as Json[]).find((s) => s.areaId === target.areaId && s.siteId === undefined) as Json;
      const latest = (series.points as Json[]).filter((point) => point.value !== null).at(-1) as Json;
      const b = target.baseline;
      const t = target.target;
      const tolerance = target.tolerance ?? 0.1;
      const progress = (latest.value - b.value) / (t.value - b.value);
      const expected = Math.min(1, Math.max(0, (start(latest.period) - start(b.period)) / (start(t.period) - start(b.period))));
      statuses.add(progress >= 1 ? 'achieved' : progress >= expected - tolerance ? 'on-track' : progress >= expected - 2 * tolerance ? 'at-risk' : 'off-track');
    }
  }
  expect(statuses).toEqual(new Set(['achieved', 'on-track', 'at-risk', 'off-track']));
});

test('a point whose value is a string is reported with its file and path', async () => {
  const problems = await checkCopy((dir) =>
    editJson(dir, 'observations/building-energy-use.json', (doc) => {
      doc.series[0].points[3].value = '155';
    }),
  );
  const [error, ...rest] = errorsOf(problems);
  expect(rest).toEqual([]);
  expect(error).toMatchObject({ documentName: 'observations/building-energy-use.json', path: 'series[0].points[3].value' });
  expect(formatProblem(error!)).toMatch(/^ERROR observations\/building-energy-use\.json series\[0\]\.points\[3\]\.value: /);
});

test('a target for an unknown indicator is reported with its path', async () => {
  const problems = await checkCopy((dir) =>
    editJson(dir, 'goals.json', (doc) => {
      doc.goals[0].targets[0].indicatorId = 'no-such-indicator';
    }),
  );
  expect(errorsOf(problems)).toEqual([
    expect.objectContaining({ documentName: 'goals.json', path: 'goals[0].targets[0].indicatorId', message: expect.stringContaining('no-such-indicator') }),
  ]);
});

test('goals.json that is not JSON fails as a whole document and nothing else', async () => {
  const problems = await checkCopy((dir) => writeFileSync(join(dir, 'goals.json'), '{ "apiVersion": "1", "goals": [ '));
  expect(errorsOf(problems)).toEqual([expect.objectContaining({ documentName: 'goals.json', path: '', message: expect.stringMatching(/not valid JSON/) })]);
});

test('a site with swapped coordinates is reported', async () => {
  const problems = await checkCopy((dir) =>
    editJson(dir, 'sites.geojson', (doc) => {
      const [lon, lat] = doc.features[0].geometry.coordinates as [number, number];
      doc.features[0].geometry.coordinates = [lat, lon];
    }),
  );
  expect(errorsOf(problems)).toEqual([
    expect.objectContaining({ documentName: 'sites.geojson', path: 'features[0].geometry.coordinates', message: expect.stringMatching(/swapped/) }),
  ]);
});

test('an area with swapped coordinates is reported', async () => {
  const problems = await checkCopy((dir) =>
    editJson(dir, 'areas.geojson', (doc) => {
      doc.features[1].geometry.coordinates = (doc.features[1].geometry.coordinates as number[][][]).map((ring) => ring.map(([lon, lat]) => [lat, lon]));
    }),
  );
  const errors = errorsOf(problems);
  expect(errors).toContainEqual(
    expect.objectContaining({ documentName: 'areas.geojson', path: 'features[1].geometry.coordinates', message: expect.stringMatching(/swapped/) }),
  );
});

test('a latitude outside ±90 gets a "swapped" hint', async () => {
  const problems = await checkCopy((dir) =>
    editJson(dir, 'sites.geojson', (doc) => {
      doc.features[2].geometry.coordinates = [45.5, -122.6];
    }),
  );
  const errors = errorsOf(problems);
  expect(errors.some((e) => e.documentName === 'sites.geojson' && e.path.startsWith('features[2].geometry.coordinates') && !/swapped/.test(e.message))).toBe(
    true,
  );
  expect(errors).toContainEqual(expect.objectContaining({ path: 'features[2].geometry.coordinates', message: expect.stringMatching(/swapped/) }));
});

test('a missing observations file is reported by name', async () => {
  const problems = await checkCopy((dir) => unlinkSync(join(dir, 'observations', 'car-pool-distance.json')));
  expect(errorsOf(problems)).toEqual([
    expect.objectContaining({ documentName: 'observations/car-pool-distance.json', message: expect.stringMatching(/file not found.*observations file/) }),
  ]);
});

test('a baseline that is not before the target period is an error', async () => {
  const problems = await checkCopy((dir) =>
    editJson(dir, 'goals.json', (doc) => {
      doc.goals[1].targets[1].baseline.period = '2031';
    }),
  );
  expect(errorsOf(problems)).toEqual([expect.objectContaining({ documentName: 'goals.json', path: 'goals[1].targets[1].target.period' })]);
});

test('unknown ids in sites, events and observations are reported', async () => {
  const problems = await checkCopy((dir) => {
    editJson(dir, 'sites.geojson', (doc) => {
      doc.features[1].properties.indicatorIds = ['no-such-indicator'];
    });
    editJson(dir, 'events.json', (doc) => {
      doc.events[3].siteId = 'no-such-site';
    });
    editJson(dir, 'observations/local-solar-production.json', (doc) => {
      doc.series[2].siteId = 'no-such-site';
    });
  });
  expect(errorsOf(problems).map((p) => `${p.documentName} ${p.path}`)).toEqual([
    'sites.geojson features[1].properties.indicatorIds',
    'events.json events[3].siteId',
    'observations/local-solar-production.json series[2].siteId',
  ]);
});

test('a site series in the wrong area is reported', async () => {
  const problems = await checkCopy((dir) =>
    editJson(dir, 'observations/building-energy-use.json', (doc) => {
      doc.series[2].areaId = 'norra-djurgardsstaden';
    }),
  );
  expect(errorsOf(problems)).toEqual([
    expect.objectContaining({
      documentName: 'observations/building-energy-use.json',
      path: 'series[2].siteId',
      message: expect.stringMatching(/belongs to area "arsta"/),
    }),
  ]);
});

test('an unknown major apiVersion is refused, a minor version is accepted', async () => {
  const problems = await checkCopy((dir) => {
    editJson(dir, 'events.json', (doc) => {
      doc.apiVersion = '2';
    });
    editJson(dir, 'indicators.json', (doc) => {
      doc.apiVersion = '1.3';
    });
  });
  expect(errorsOf(problems)).toEqual([expect.objectContaining({ documentName: 'events.json', path: 'apiVersion' })]);
});

test('an unclosed area ring is reported', async () => {
  const problems = await checkCopy((dir) =>
    editJson(dir, 'areas.geojson', (doc) => {
      (doc.features[0].geometry.coordinates[0] as number[][]).pop();
    }),
  );
  expect(errorsOf(problems)).toContainEqual(
    expect.objectContaining({ documentName: 'areas.geojson', path: 'features[0].geometry.coordinates[0]', message: expect.stringMatching(/not closed/) }),
  );
});

test('an area ring wound the wrong way (RFC 7946 §3.1.6) is a warning, not an error', async () => {
  const problems = await checkCopy((dir) =>
    editJson(dir, 'areas.geojson', (doc) => {
      (doc.features[0].geometry.coordinates[0] as number[][]).reverse();
    }),
  );
  expect(errorsOf(problems)).toEqual([]);
  expect(problems.filter((problem) => problem.documentName === 'areas.geojson')).toEqual([
    expect.objectContaining({
      severity: 'warning',
      documentName: 'areas.geojson',
      path: 'features[0].geometry.coordinates[0]',
      message: expect.stringMatching(/clockwise.*RFC 7946/),
    }),
  ]);
});

test('a text with one language is a warning, not an error', async () => {
  const problems = await checkCopy((dir) =>
    editJson(dir, 'indicators.json', (doc) => {
      delete doc.indicators[0].name.en;
    }),
  );
  expect(errorsOf(problems)).toEqual([]);
  expect(withoutContactWarning(problems)).toEqual([
    expect.objectContaining({ severity: 'warning', documentName: 'indicators.json', path: 'indicators[0].name' }),
  ]);
});

test('runDataCheck prints ERROR lines and a summary and returns the exit code', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gsm-data-check-cli-'));
  try {
    cpSync(DATASET, dir, { recursive: true });
    const clean: string[] = [];
    expect(await runDataCheck(dir, (line) => clean.push(line))).toBe(0);
    // meta, areas, indicators, goals, sites, events, 15 observations, build-report.json, changes.json
    // The one warning: the sample names no contact.
    expect(clean.at(-1)).toMatch(/^OK: 0 errors, 1 warning in 23 documents$/);

    editJson(dir, 'goals.json', (doc) => {
      doc.goals[0].targets[0].indicatorId = 'no-such-indicator';
    });
    const broken: string[] = [];
    expect(await runDataCheck(dir, (line) => broken.push(line))).toBe(1);
    expect(broken).toContainEqual(
      expect.stringMatching(/^ERROR goals\.json goals\[0\]\.targets\[0\]\.indicatorId: names an unknown indicator "no-such-indicator"/),
    );
    expect(broken.at(-1)).toMatch(/^FAILED: 1 error, 1 warning/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('urlReader reads a dataset over HTTP and reports a 404 by document name', async () => {
  const requested: string[] = [];
  const fakeFetch = (async (input: RequestInfo | URL) => {
    const url = String(input);
    requested.push(url);
    const name = url.replace('https://data.example.org/pilot/v1/', '');
    if (name === 'observations/rental-share.json') return new Response('not here', { status: 404 });
    try {
      return new Response(await readFile(join(DATASET, name), 'utf8'), { status: 200 });
    } catch {
      return new Response('not here', { status: 404 });
    }
  }) as typeof fetch;
  const problems = await checkDataset(urlReader('https://data.example.org/pilot/v1', fakeFetch));
  expect(requested).toContain('https://data.example.org/pilot/v1/meta.json');
  expect(errorsOf(problems)).toEqual([expect.objectContaining({ documentName: 'observations/rental-share.json', message: expect.stringMatching(/HTTP 404/) })]);
});

test('paths stay those of the raw document after an earlier record was dropped', async () => {
  const problems = await checkCopy((dir) =>
    editJson(dir, 'sites.geojson', (doc) => {
      doc.features[0].properties.status = 'finished';
      doc.features[5].properties.areaId = 'no-such-area';
    }),
  );
  expect(errorsOf(problems).map((p) => `${p.documentName} ${p.path}`)).toEqual([
    'sites.geojson features[0].properties.status',
    'sites.geojson features[5].properties.areaId',
  ]);
});

test('an internal indicator in a public dataset is an error naming it', async () => {
  const problems = await checkCopy((dir) =>
    editJson(dir, 'indicators.json', (doc) => {
      doc.indicators[2].visibility = 'internal';
    }),
  );
  expect(errorsOf(problems)).toEqual([
    expect.objectContaining({
      documentName: 'indicators.json',
      path: 'indicators[2].visibility',
      message: expect.stringMatching(/^would publish internal indicator "/),
    }),
  ]);
});

const assessment = (fields: Json = {}): Json => ({
  date: '2026-03-12',
  author: 'Exempel (illustrativt)',
  expected: 'partly',
  text: { sv: 'Exempeltext.', en: 'Example text.' },
  ...fields,
});

test('a bad assessment is dropped and counted with its path; the target stays', async () => {
  const problems = await checkCopy((dir) =>
    editJson(dir, 'goals.json', (doc) => {
      doc.goals[0].targets[1].assessments = [assessment(), assessment({ expected: 'maybe' }), assessment({ date: '2026-02-30' })];
    }),
  );
  expect(errorsOf(problems).map((p) => `${p.documentName} ${p.path}`)).toEqual([
    'goals.json goals[0].targets[1].assessments[1].expected',
    'goals.json goals[0].targets[1].assessments[2].date',
  ]);
});

test('an internal assessment in a public dataset is an error naming it; the internal audience accepts it', async () => {
  const edit = (dir: string) =>
    editJson(dir, 'goals.json', (doc) => {
      doc.goals[1].targets[0].assessments = [assessment({ visibility: 'internal', date: '2026-05-02' }), assessment()];
    });
  expect(errorsOf(await checkCopy(edit))).toEqual([
    expect.objectContaining({
      documentName: 'goals.json',
      path: 'goals[1].targets[0].assessments[0].visibility',
      message: expect.stringMatching(/^would publish an internal assessment \(2026-05-02\)/),
    }),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'gsm-data-check-'));
  try {
    cpSync(DATASET, dir, { recursive: true });
    edit(dir);
    expect(errorsOf(await checkDataset(folderReader(dir), { audience: 'internal' }))).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a target on a reference area is an error; a reference area is otherwise accepted', async () => {
  const problems = await checkCopy((dir) => {
    editJson(dir, 'areas.geojson', (doc) => {
      doc.features[1].properties.role = 'reference';
    });
  });
  const errors = errorsOf(problems);
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(error).toMatchObject({ documentName: 'goals.json', message: expect.stringMatching(/reference area/) });
    expect(error.path).toMatch(/^goals\[\d+\]\.targets\[\d+\]\.areaId$/);
  }
});

test('a dataset without meta.contact gets a warning, not an error', async () => {
  const problems = await checkCopy((dir) =>
    editJson(dir, 'meta.json', (doc) => {
      delete doc.contact;
    }),
  );
  expect(problems).toEqual([expect.objectContaining({ severity: 'warning', documentName: 'meta.json', path: 'contact' })]);
});

test('a public change list naming an indicator the dataset does not publish is an error', async () => {
  const problems = await checkCopy((dir) =>
    writeFileSync(
      join(dir, 'changes.json'),
      JSON.stringify({
        apiVersion: '1',
        updates: [{ updated: '2026-11-20', changes: [{ kind: 'value-added', indicatorId: 'meter-data-coverage', areaId: 'arsta', period: '2026', after: 1 }] }],
      }),
    ),
  );
  expect(errorsOf(problems)).toEqual([expect.objectContaining({ documentName: 'changes.json', path: 'updates[0].changes[0].indicatorId' })]);
});

test('the internal output, read with the public base, passes as an internal dataset', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gsm-data-check-internal-'));
  try {
    cpSync(DATASET, dir, { recursive: true });
    const publicIndicators = readJson(DATASET, 'indicators.json').indicators as Json[];
    const internalIndicators = readJson(INTERNAL_DATASET, 'indicators.json').indicators as Json[];
    writeFileSync(join(dir, 'indicators.json'), JSON.stringify({ apiVersion: '1', indicators: [...publicIndicators, ...internalIndicators] }));
    cpSync(join(INTERNAL_DATASET, 'observations'), join(dir, 'observations'), { recursive: true });
    expect(errorsOf(await checkDataset(folderReader(dir), { audience: 'internal' }))).toEqual([]);
    expect(errorsOf(await checkDataset(folderReader(dir)))).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/would publish internal indicator "meter-data-coverage"/) }),
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
