import { expect, test } from 'vitest';
import { DataDocumentError } from '../contract/errors';
import { DEFAULT_BASEMAP_STYLE_URL, parseConfig } from './load-config';

const configUrl = 'https://city.example/dashboard/config.json';

test('relative data URLs resolve against the config file, so one build serves any path', () => {
  const config = parseConfig({ dataBaseUrl: 'data/v1', defaultLanguage: 'en' }, configUrl);
  expect(config.dataBaseUrl).toBe('https://city.example/dashboard/data/v1/');
  expect(config.defaultLanguage).toBe('en');
  expect(config.basemapStyleUrl).toBe(DEFAULT_BASEMAP_STYLE_URL);
});

test('absolute data URLs are kept', () => {
  expect(parseConfig({ dataBaseUrl: 'https://data.example/pilots/' }, configUrl).dataBaseUrl).toBe('https://data.example/pilots/');
});

test('build-time defaults fill what the file leaves out; Swedish is the default language', () => {
  const config = parseConfig({}, configUrl, { dataBaseUrl: '/api/v1/', basemapStyleUrl: 'https://tiles.example/style.json' });
  expect(config.dataBaseUrl).toBe('https://city.example/api/v1/');
  expect(config.basemapStyleUrl).toBe('https://tiles.example/style.json');
  expect(config.defaultLanguage).toBe('sv');
});

test('a broken config names config.json and the field', () => {
  let error: unknown;
  try {
    parseConfig({ dataBaseUrl: 42 }, configUrl);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(DataDocumentError);
  expect((error as DataDocumentError).message).toMatch(/^config\.json: dataBaseUrl/);
});

test('an unknown language is refused', () => {
  expect(() => parseConfig({ defaultLanguage: 'de' }, configUrl)).toThrow(/defaultLanguage/);
});

test('the internal base and the sign-in and sign-out addresses resolve against the config file too', () => {
  const config = parseConfig(
    { dataBaseUrl: 'data/v1/', internalDataBaseUrl: '/internal/v1', signInUrl: '/oauth2/start', signOutUrl: '/oauth2/sign_out' },
    configUrl,
  );
  expect(config.internalDataBaseUrl).toBe('https://city.example/internal/v1/');
  expect(config.signInUrl).toBe('https://city.example/oauth2/start');
  expect(config.signOutUrl).toBe('https://city.example/oauth2/sign_out');
  expect(parseConfig({ dataBaseUrl: 'data/v1/' }, configUrl).internalDataBaseUrl).toBeUndefined();
});

test('feedbackUrl is optional and, like the data URL, resolved against the config file', () => {
  expect(parseConfig({}, configUrl).feedbackUrl).toBeUndefined();
  expect(parseConfig({ feedbackUrl: 'api/feedback' }, configUrl).feedbackUrl).toBe('https://city.example/dashboard/api/feedback');
  expect(parseConfig({ feedbackUrl: 'https://forms.example/q' }, configUrl).feedbackUrl).toBe('https://forms.example/q');
});
