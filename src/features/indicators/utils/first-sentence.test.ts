import { describe, expect, it } from 'vitest';
import { firstSentence } from './first-sentence';

describe('firstSentence', () => {
  it('keeps the text up to the first full stop before a new sentence', () => {
    expect(firstSentence('Energy use fell from 120.5 to 98 kWh/m². The target is 90 kWh/m².')).toBe('Energy use fell from 120.5 to 98 kWh/m².');
  });
  it('does not split at decimals or abbreviations followed by a lower-case word', () => {
    expect(firstSentence('Energianvändningen minskade till 1 234,5 kWh, dvs. mindre än målet.')).toBe(
      'Energianvändningen minskade till 1 234,5 kWh, dvs. mindre än målet.',
    );
  });
  it('returns a single sentence whole', () => {
    expect(firstSentence('Inga värden')).toBe('Inga värden');
  });
});
