import { expect, test } from 'vitest';
import { feedbackMailto, feedbackPayload, pageAddress, validateFeedback } from './feedback';

test('a message is required, an e-mail is optional but must look like one', () => {
  expect(validateFeedback({ message: '  ', email: '' })).toEqual([{ field: 'message', error: 'message-empty' }]);
  expect(validateFeedback({ message: 'Hej', email: 'nope' })).toEqual([{ field: 'email', error: 'email-invalid' }]);
  expect(validateFeedback({ message: 'Hej', email: ' a@b.se ' })).toEqual([]);
  expect(validateFeedback({ message: 'x'.repeat(4001), email: '' })[0]?.error).toBe('message-too-long');
});

test('the payload carries the trimmed text, the context, and no empty e-mail', () => {
  const about = { kind: 'indicator' as const, id: 'solar', name: 'Solel' };
  expect(feedbackPayload({ message: ' Varför? ', email: '' }, { about, page: 'https://x.se/indicators/solar', language: 'sv' })).toEqual({
    message: 'Varför?',
    about,
    page: 'https://x.se/indicators/solar',
    language: 'sv',
  });
  expect(feedbackPayload({ message: 'Q', email: 'a@b.se' }, { about, page: 'p', language: 'en', datasetUpdated: '2026-01-01' })).toMatchObject({
    email: 'a@b.se',
    datasetUpdated: '2026-01-01',
  });
});

test('the page address drops query and fragment', () => {
  expect(pageAddress('https://x.se/en/indicators/solar?from=2019&view=table#chart')).toBe('https://x.se/en/indicators/solar');
});

test('the mailto link encodes subject and body', () => {
  expect(feedbackMailto('kontakt@example.org', 'Fråga om: Solel', ['Gäller: indikator solar', 'Sida: https://x.se/a?b'])).toBe(
    'mailto:kontakt@example.org?subject=Fr%C3%A5ga%20om%3A%20Solel&body=G%C3%A4ller%3A%20indikator%20solar%0ASida%3A%20https%3A%2F%2Fx.se%2Fa%3Fb',
  );
});
