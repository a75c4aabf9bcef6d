import { expect, test } from 'vitest';
import { createDatasetFixture } from '../../mocks/fixtures/dataset';
import { parseAreas, parseEvents, parseGoals, parseIndicators, parseMeta, parseObservations, parseSites } from './documents';
import { DataDocumentError } from './errors';
import { resolveGoalReferences, resolveObservationReferences, resolveSiteReferences } from './references';
import { qualityOf } from './quality';

function catchError(run: () => unknown): DataDocumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof DataDocumentError) return error;
    throw error;
  }
  throw new Error('expected a DataDocumentError');
}

test('a valid dataset parses with no problems', () => {
  const data = createDatasetFixture();
  expect(parseMeta(data.meta).isSample).toBe(true);
  expect(parseIndicators(data.indicators).problems).toEqual([]);
  expect(parseIndicators(data.indicators).data).toHaveLength(7);
  expect(parseGoals(data.goals).problems).toEqual([]);
  expect(parseAreas(data.areas).data.map((area) => area.id)).toEqual(['alpha', 'beta']);
  expect(parseSites(data.sites).problems).toEqual([]);
  expect(parseEvents(data.events).data).toHaveLength(3);
  const observations = parseObservations(data.observations['energy-use'], 'energy-use');
  expect(observations.problems).toEqual([]);
  expect(observations.data.series[0]?.points[0]).toEqual({ period: '2015', value: 150, quality: 'measured' });
});

test('a point without quality is measured; a point without a value has no quality', () => {
  const parsed = parseObservations(
    {
      apiVersion: '1',
      indicatorId: 'x',
      series: [
        {
          areaId: 'a',
          points: [
            { period: '2020', value: 1 },
            { period: '2021', value: null, quality: 'measured' },
          ],
        },
      ],
    },
    'x',
  );
  const [withValue, withoutValue] = parsed.data.series[0]?.points ?? [];
  expect(qualityOf(withValue!)).toBe('measured');
  expect(qualityOf(withoutValue!)).toBeUndefined();
});

test('a point whose value is a string is dropped and reported with its path; the rest of the series stays', () => {
  const parsed = parseObservations(
    {
      apiVersion: '1',
      indicatorId: 'x',
      series: [
        {
          areaId: 'a',
          points: [
            { period: '2019', value: 3 },
            { period: '2020', value: '4' },
            { period: '2021', value: null },
          ],
        },
      ],
    },
    'x',
  );
  expect(parsed.data.series[0]?.points.map((point) => point.period)).toEqual(['2019', '2021']);
  expect(parsed.problems).toEqual([expect.objectContaining({ documentName: 'observations/x.json', path: 'series[0].points[1].value', recordId: '2020' })]);
});

test('null stays null (never 0)', () => {
  const parsed = parseObservations({ apiVersion: '1', indicatorId: 'x', series: [{ areaId: 'a', points: [{ period: '2021', value: null }] }] }, 'x');
  expect(parsed.data.series[0]?.points[0]?.value).toBeNull();
});

test('an indicator whose direction is not one of the two words is dropped and counted', () => {
  const data = createDatasetFixture();
  const indicators = structuredClone(data.indicators) as { apiVersion: string; indicators: Array<Record<string, unknown>> };
  indicators.indicators[1] = { ...indicators.indicators[1], direction: 'sideways' };
  const parsed = parseIndicators(indicators);
  expect(parsed.data).toHaveLength(6);
  expect(parsed.problems).toHaveLength(1);
  expect(parsed.problems[0]).toMatchObject({ documentName: 'indicators.json', path: 'indicators[1].direction', recordId: 'solar-power' });
});

test('a repeated id is dropped and the first one wins', () => {
  const parsed = parseIndicators({
    apiVersion: '1',
    indicators: [createDatasetFixture().indicators.indicators[0], { ...createDatasetFixture().indicators.indicators[0], decimals: 2 }],
  });
  expect(parsed.data).toHaveLength(1);
  expect(parsed.data[0]?.decimals).toBe(0);
  expect(parsed.problems[0]?.message).toMatch(/repeats the id "energy-use"/);
});

test('a bad target drops only that target, not its goal', () => {
  const goals = structuredClone(createDatasetFixture().goals) as { apiVersion: string; goals: Array<{ targets: Array<Record<string, unknown>> }> };
  goals.goals[0]!.targets[1] = { ...goals.goals[0]!.targets[1], baseline: { period: 'last year', value: 1 } };
  const parsed = parseGoals(goals);
  expect(parsed.data[0]?.targets).toHaveLength(1);
  expect(parsed.problems[0]?.path).toBe('goals[0].targets[1].baseline.period');
});

test('a target for an indicator that does not exist is dropped and reported', () => {
  const goals = parseGoals(createDatasetFixture().goals).data;
  const resolved = resolveGoalReferences(goals, {
    indicatorIds: new Set(['solar-power', 'ev-charging-share', 'car-spaces-per-home', 'homes-completed']),
    areaIds: new Set(['alpha', 'beta']),
  });
  expect(resolved.data[0]?.targets).toEqual([]);
  expect(resolved.problems).toHaveLength(2);
  expect(resolved.problems[0]).toMatchObject({ documentName: 'goals.json', path: 'goals[0].targets[0].indicatorId' });
  expect(resolved.problems[0]?.message).toMatch(/unknown indicator "energy-use"/);
});

test('targets for internal indicators are removed silently', () => {
  const goals = parseGoals({
    apiVersion: '1',
    goals: [
      {
        id: 'g',
        title: { sv: 'Mål' },
        targets: [{ indicatorId: 'secret', areaId: 'a', baseline: { period: '2015', value: 1 }, target: { period: '2020', value: 2 } }],
      },
    ],
  }).data;
  const resolved = resolveGoalReferences(goals, { indicatorIds: new Set(['secret']), areaIds: new Set(['a']) }, new Set(['secret']));
  expect(resolved.data[0]?.targets).toEqual([]);
  expect(resolved.problems).toEqual([]);
});

test('a site in an unknown area and a series for an unknown site are dropped', () => {
  const sites = parseSites(createDatasetFixture().sites).data;
  const resolvedSites = resolveSiteReferences(sites, {
    indicatorIds: new Set(['energy-use', 'meter-coverage', 'solar-power', 'ev-charging-share', 'homes-completed']),
    areaIds: new Set(['alpha']),
  });
  expect(resolvedSites.data.map((site) => site.id)).toEqual(['alpha-block-1', 'alpha-solar']);
  expect(resolvedSites.problems).toHaveLength(2);
  const observations = parseObservations(createDatasetFixture().observations['energy-use'], 'energy-use').data;
  const resolved = resolveObservationReferences(observations, { indicatorIds: new Set(), areaIds: new Set(['alpha', 'beta']), siteIds: new Set() });
  expect(resolved.data.series).toHaveLength(2);
  expect(resolved.problems[0]?.message).toMatch(/unknown site "alpha-block-1"/);
});

test('a document that is not an object fails as a whole with its name', () => {
  const error = catchError(() => parseIndicators([1, 2]));
  expect(error.kind).toBe('schema');
  expect(error.message).toBe('indicators.json: expected a JSON object, got an array');
});

test('a missing apiVersion fails the document', () => {
  const error = catchError(() => parseGoals({ goals: [] }));
  expect(error.documentName).toBe('goals.json');
  expect(error.path).toBe('apiVersion');
});

test('an unsupported major version is refused, never half-rendered', () => {
  const error = catchError(() => parseEvents({ apiVersion: '2', events: [] }));
  expect(error.kind).toBe('unsupported-version');
  expect(error.message).toMatch(/events\.json: apiVersion "2" is not supported/);
  expect(parseEvents({ apiVersion: '1.3', events: [] }).data).toEqual([]);
});

test('a list that is not a list fails the document with the path', () => {
  const error = catchError(() => parseSites({ apiVersion: '1', type: 'FeatureCollection', features: {} }));
  expect(error.message).toBe('sites.geojson: features: expected an array, got an object');
  expect(error.path).toBe('features');
});

test('an observations file for another indicator is refused', () => {
  const error = catchError(() => parseObservations({ apiVersion: '1', indicatorId: 'other', series: [] }, 'mine'));
  expect(error.documentName).toBe('observations/mine.json');
});

test('meta.json with a wrong field fails with the path of the first problem', () => {
  const meta = { ...createDatasetFixture().meta, isSample: 'yes' };
  const error = catchError(() => parseMeta(meta));
  expect(error.path).toBe('isSample');
});

test('unknown fields are ignored (forward compatible)', () => {
  const parsed = parseEvents({ apiVersion: '1', future: true, events: [{ id: 'e', period: '2020', title: { en: 'E' }, colour: 'red' }] });
  expect(parsed.problems).toEqual([]);
  expect(parsed.data[0]).not.toHaveProperty('colour');
});

test('periods must be real calendar dates and ids kebab case', () => {
  const parsed = parseEvents({
    apiVersion: '1',
    events: [
      { id: 'ok', period: '2020-02-29', title: { en: 'Leap day' } },
      { id: 'bad-date', period: '2021-02-29', title: { en: 'No such day' } },
      { id: 'Bad_Id', period: '2020', title: { en: 'Bad id' } },
    ],
  });
  expect(parsed.data.map((event) => event.id)).toEqual(['ok']);
  expect(parsed.problems.map((problem) => problem.path)).toEqual(['events[1].period', 'events[2].id']);
});

test('localised text needs at least one language', () => {
  const parsed = parseEvents({ apiVersion: '1', events: [{ id: 'e', period: '2020', title: {} }] });
  expect(parsed.problems[0]?.path).toBe('events[0].title');
});

test('an area with swapped-out-of-range coordinates is dropped', () => {
  const parsed = parseAreas({
    apiVersion: '1',
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'x',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [18, 200],
              [18.1, 59],
              [18.1, 59.1],
              [18, 200],
            ],
          ],
        },
        properties: { name: { sv: 'X' } },
      },
    ],
  });
  expect(parsed.data).toEqual([]);
  expect(parsed.problems[0]?.path).toMatch(/^features\[0\]\.geometry/);
});

test('cross-reference problems point at the record in the raw file even after earlier records were dropped', () => {
  const goals = structuredClone(createDatasetFixture().goals) as { apiVersion: string; goals: Array<Record<string, unknown>> };
  goals.goals.unshift({ id: 'Broken Goal', title: {}, targets: [] });
  const parsed = parseGoals(goals);
  const resolved = resolveGoalReferences(parsed.data, { indicatorIds: new Set(['solar-power']), areaIds: new Set(['alpha', 'beta']) });
  // lower-energy is goals[1] in the file (goals[0] was dropped); its targets name energy-use.
  expect(resolved.problems[0]?.path).toBe('goals[1].targets[0].indicatorId');
});
