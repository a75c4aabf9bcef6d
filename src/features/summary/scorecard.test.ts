import { expect, test } from 'vitest';
import { createDatasetFixture, TEST_TODAY } from '../../../mocks/fixtures/dataset';
import type { ObservationsDocument } from '../../contract/documents';
import { parseAreas, parseGoals, parseIndicators, parseObservations } from '../../contract/documents';
import type { Domain } from '../../contract/schemas';
import { buildScorecard, goalIndicatorIds, type Scorecard, arrangeGoals, type ScorecardCell, type ScorecardGoal, type ScorecardRow } from './scorecard';
import type { TargetStatus } from '../../core/status';

function fixtureInput() {
  const fixture = createDatasetFixture();
  const indicators = parseIndicators(fixture.indicators).data.filter((indicator) => indicator.visibility === 'public');
  const observations = new Map<string, ObservationsDocument>(
    Object.entries(fixture.observations).map(([id, document]) => [id, parseObservations(document, id).data]),
  );
  return { goals: parseGoals(fixture.goals).data, indicators, areas: parseAreas(fixture.areas).data, observations, today: TEST_TODAY };
}

function build(domain?: Domain): Scorecard {
  return buildScorecard({ ...fixtureInput(), domain });
}

/** goal → indicator → [area, status or "no target"] */
function shape(scorecard: Scorecard) {
  return scorecard.goals.map((card) => [
    card.goal.id,
    card.rows.map((row) => [row.indicator.id, row.cells.map((cell) => [cell.area.id, cell.evaluation?.status ?? 'no target'])]),
  ]);
}

test('one card per goal, one row per indicator, and both districts side by side with the shared status', () => {
  expect(shape(build())).toEqual([
    [
      'lower-energy',
      [
        [
          'energy-use',
          [
            ['alpha', 'achieved'],
            ['beta', 'off-track'],
          ],
        ],
      ],
    ],
    [
      'more-solar',
      [
        [
          'solar-power',
          [
            ['alpha', 'on-track'],
            ['beta', 'at-risk'],
          ],
        ],
      ],
    ],
    [
      'electric-parking',
      [
        [
          'ev-charging-share',
          [
            ['alpha', 'no-data'],
            ['beta', 'no target'],
          ],
        ],
        [
          'car-spaces-per-home',
          [
            ['alpha', 'no target'],
            ['beta', 'on-track'],
          ],
        ],
      ],
    ],
    [
      'homes',
      [
        [
          'homes-completed',
          [
            ['alpha', 'achieved'],
            ['beta', 'off-track'],
          ],
        ],
      ],
    ],
  ]);
});

test('the counts cover every status and add up to the targets shown', () => {
  const { counts } = build();
  expect(counts).toEqual({ achieved: 2, 'on-track': 2, 'at-risk': 1, 'off-track': 2, 'no-data': 1, total: 8 });
});

test('overdue targets are counted by the shared rule (latest value older than two update periods)', () => {
  const scorecard = build();
  const overdue = scorecard.goals.flatMap((card) =>
    card.rows.flatMap((row) => row.cells.filter((cell) => cell.evaluation?.overdue).map((cell) => `${row.indicator.id}/${cell.area.id}`)),
  );
  expect(overdue).toEqual(['energy-use/alpha', 'ev-charging-share/alpha', 'homes-completed/alpha']);
  expect(scorecard.overdue).toBe(3);
});

test('each district gets its own counts', () => {
  const byArea = build().byArea.map(({ area, counts }) => [area.id, counts.achieved + counts['on-track'], counts.total]);
  expect(byArea).toEqual([
    ['alpha', 3, 4],
    ['beta', 1, 4],
  ]);
});

test('a cell without a target still carries the latest value of the district, for comparison', () => {
  const parking = build().goals.find((card) => card.goal.id === 'electric-parking');
  const ev = parking?.rows.find((row) => row.indicator.id === 'ev-charging-share');
  const beta = ev?.cells.find((cell) => cell.area.id === 'beta');
  expect(beta?.target).toBeUndefined();
  expect(beta?.latest).toMatchObject({ period: '2025', value: 18 });
});

test('the domain filter keeps the rows of that domain, the goals that still have rows, and counts only those', () => {
  const energy = build('energy');
  expect(energy.goals.map((card) => card.goal.id)).toEqual(['lower-energy', 'more-solar']);
  expect(energy.counts.total).toBe(4);
  const housing = build('housing');
  expect(shape(housing)).toEqual([
    [
      'homes',
      [
        [
          'homes-completed',
          [
            ['alpha', 'achieved'],
            ['beta', 'off-track'],
          ],
        ],
      ],
    ],
  ]);
  expect(housing.counts).toMatchObject({ achieved: 1, 'off-track': 1, total: 2 });
  expect(housing.overdue).toBe(1);
});

test('sources are listed once each, with the indicators that use them', () => {
  const sources = build().sources.map(({ source, indicators }) => [source.name, indicators.map((indicator) => indicator.id)]);
  expect(sources).toEqual([
    ['Testkällan energi', ['energy-use']],
    ['Testkällan sol', ['solar-power']],
    ['Testkällan resor', ['ev-charging-share', 'car-spaces-per-home']],
    ['Testkällan bostäder', ['homes-completed']],
  ]);
});

test("a goal's own target is used when another goal sets a different target for the same pair", () => {
  const input = fixtureInput();
  const extra = {
    id: 'faster-energy',
    title: { sv: 'Snabbare energimål', en: 'Faster energy target' },
    targets: [{ indicatorId: 'energy-use', areaId: 'beta', baseline: { period: '2016', value: 100 }, target: { period: '2020', value: 99 } }],
  };
  const scorecard = buildScorecard({ ...input, goals: [...input.goals, extra] });
  const statuses = scorecard.goals
    .filter((card) => card.goal.id === 'lower-energy' || card.goal.id === 'faster-energy')
    .map((card) => card.rows[0]?.cells.find((cell) => cell.area.id === 'beta')?.evaluation?.status);
  expect(statuses).toEqual(['off-track', 'achieved']);
});

test('no goals, or a goal whose indicators are all filtered out, gives an empty scorecard that knows why', () => {
  const input = fixtureInput();
  const none = buildScorecard({ ...input, goals: [] });
  expect(none).toMatchObject({ goals: [], hasGoals: false, counts: { total: 0 }, sources: [] });
  const onlyEnergy = buildScorecard({ ...input, goals: input.goals.filter((goal) => goal.id === 'lower-energy'), domain: 'mobility' });
  expect(onlyEnergy).toMatchObject({ goals: [], hasGoals: true });
});

test('the observations needed are those of the indicators the goals name, each once', () => {
  expect(goalIndicatorIds(fixtureInput().goals)).toEqual(['energy-use', 'solar-power', 'ev-charging-share', 'car-spaces-per-home', 'homes-completed']);
});

test('an archived dataset flags nothing as overdue', () => {
  expect(buildScorecard({ ...fixtureInput(), archived: true }).overdue).toBe(0);
});

test('behind first puts the goals with targets off track or at risk first; the filter keeps only those', () => {
  const cardWith = (id: string, statuses: TargetStatus[]): ScorecardGoal => ({
    goal: { id, title: { sv: id }, targets: [] },
    rows: [
      {
        indicator: {} as ScorecardRow['indicator'],
        cells: statuses.map((status) => ({ evaluation: { status } }) as ScorecardCell),
      },
    ],
  });
  const goals = [
    cardWith('fine', ['achieved', 'on-track']),
    cardWith('risky', ['on-track', 'at-risk']),
    cardWith('empty', ['no-data']),
    cardWith('bad', ['off-track', 'on-track']),
    cardWith('worse', ['off-track', 'at-risk']),
  ];
  const ids = (cards: ScorecardGoal[]) => cards.map((card) => card.goal.id);
  expect(ids(arrangeGoals(goals, {}))).toEqual(['fine', 'risky', 'empty', 'bad', 'worse']);
  expect(ids(arrangeGoals(goals, { order: 'behind-first' }))).toEqual(['worse', 'bad', 'risky', 'empty', 'fine']);
  expect(ids(arrangeGoals(goals, { show: 'behind' }))).toEqual(['risky', 'bad', 'worse']);
  expect(ids(arrangeGoals(goals, { show: 'behind', order: 'behind-first' }))).toEqual(['worse', 'bad', 'risky']);
});
