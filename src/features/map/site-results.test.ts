import { expect, test } from 'vitest';
import type { ObservationsDocument } from '../../contract/documents';
import type { Indicator } from '../../contract/schemas';
import { siteResults } from './site-results';

const indicator = (id: string) => ({ id, name: { sv: id }, unit: { sv: 'kWh/m²' }, decimals: 0 }) as unknown as Indicator;

function document(indicatorId: string, series: Array<{ siteId?: string; points: Array<[string, number | null]> }>): ObservationsDocument {
  return {
    indicatorId,
    series: series.map((entry) => ({
      areaId: 'arsta',
      siteId: entry.siteId,
      points: entry.points.map(([period, value]) => ({ period, value, quality: 'measured' })),
    })),
  } as unknown as ObservationsDocument;
}

test('before → after from the site’s own series, in period order, with the change and its share', () => {
  const documents = new Map([
    [
      'energy',
      document('energy', [
        {
          points: [
            ['2015', 150],
            ['2019', 140],
          ],
        },
        {
          siteId: 'other',
          points: [
            ['2015', 1],
            ['2019', 2],
          ],
        },
        {
          siteId: 'house-6f',
          points: [
            ['2019', 38],
            ['2015', 132],
            ['2017', null],
          ],
        },
      ]),
    ],
  ]);
  const [result, ...rest] = siteResults('house-6f', [indicator('energy')], documents);
  expect(rest).toEqual([]);
  expect(result?.before).toEqual({ period: '2015', value: 132 });
  expect(result?.after).toEqual({ period: '2019', value: 38 });
  expect(result?.change).toBe(-94);
  expect(result?.relative).toBeCloseTo(-0.712, 3);
  expect(result?.points.map((point) => point.period)).toEqual(['2015', '2019']);
});

test('no result without the site’s own series, with a single value, or for an indicator not loaded', () => {
  const documents = new Map([
    [
      'energy',
      document('energy', [
        {
          points: [
            ['2015', 150],
            ['2019', 140],
          ],
        },
      ]),
    ],
    ['solar', document('solar', [{ siteId: 'house-6f', points: [['2019', 4.3]] }])],
  ]);
  expect(siteResults('house-6f', [indicator('energy'), indicator('solar'), indicator('missing')], documents)).toEqual([]);
});

test('a change from zero has no share', () => {
  const documents = new Map([
    [
      'solar',
      document('solar', [
        {
          siteId: 's',
          points: [
            ['2018', 0],
            ['2022', 12],
          ],
        },
      ]),
    ],
  ]);
  expect(siteResults('s', [indicator('solar')], documents)[0]).toMatchObject({ change: 12, relative: undefined });
});
