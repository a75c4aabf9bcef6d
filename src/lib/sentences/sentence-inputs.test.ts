import { expect, test } from 'vitest';
import { indicatorSentenceBasics } from './sentence-inputs';
import { describeChange } from './sentences';

const indicator = {
  name: { sv: 'Energianvändning', en: 'Energy use' },
  unit: { sv: 'kWh/m²', en: 'kWh/m²' },
  decimals: 0,
  direction: 'decrease' as const,
};
const area = { properties: { name: { sv: 'Årsta', en: 'Årsta district' } } };

test('the sentence inputs carry the names and unit in the page language, with the decimals and direction', () => {
  expect(indicatorSentenceBasics(indicator, area, 'en')).toEqual({
    language: 'en',
    subject: 'Energy use',
    areaName: 'Årsta district',
    unit: 'kWh/m²',
    decimals: 0,
    direction: 'decrease',
  });
  expect(indicatorSentenceBasics(indicator, area, 'sv')).toMatchObject({ subject: 'Energianvändning', areaName: 'Årsta' });
});

test('they give the sentence a reader sees', () => {
  const sentence = describeChange({
    ...indicatorSentenceBasics(indicator, area, 'sv'),
    from: { period: '2015', value: 150 },
    to: { period: '2024', value: 54 },
  });
  expect(sentence).toBe('Energianvändning i Årsta har minskat med 64\u00a0% sedan 2015, vilket är bra.');
});
