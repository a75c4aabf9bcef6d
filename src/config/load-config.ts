/**
 * Reads config.json (beside index.html) before the app renders, so one build serves any
 * deployment. Build-time variables only set the defaults for fields the file leaves out.
 */
import { configSchema, type AppConfig } from '../contract/schemas';
import { isObject } from '../contract/json';
import { fetchDocument, documentUrl } from '../lib/api/client';
import { describeFirstIssue } from '../contract/problems';
import { DataDocumentError } from '../contract/errors';

export const CONFIG_DOCUMENT = 'config.json';

/** A keyless OpenStreetMap-based vector style (OpenFreeMap); the map falls back to a built-in style offline. */
export const DEFAULT_BASEMAP_STYLE_URL = 'https://tiles.openfreemap.org/styles/positron';

export interface BuildDefaults {
  dataBaseUrl?: string | undefined;
  basemapStyleUrl?: string | undefined;
  defaultLanguage?: string | undefined;
}

export function buildDefaults(): BuildDefaults {
  return {
    dataBaseUrl: import.meta.env.VITE_DATA_BASE_URL,
    basemapStyleUrl: import.meta.env.VITE_BASEMAP_STYLE_URL,
    defaultLanguage: import.meta.env.VITE_DEFAULT_LANGUAGE,
  };
}

/** Validates the parsed config.json; relative URLs are resolved against the config file's own URL. */
export function parseConfig(json: unknown, configUrl: string, defaults: BuildDefaults = {}): AppConfig {
  const merged = {
    dataBaseUrl: defaults.dataBaseUrl ?? 'data/v1/',
    basemapStyleUrl: defaults.basemapStyleUrl ?? DEFAULT_BASEMAP_STYLE_URL,
    ...(defaults.defaultLanguage ? { defaultLanguage: defaults.defaultLanguage } : {}),
    ...(isObject(json) ? json : {}),
  };
  if (!isObject(json)) {
    throw new DataDocumentError('schema', CONFIG_DOCUMENT, 'expected a JSON object');
  }
  const result = configSchema.safeParse(merged);
  if (!result.success) {
    const { path, message } = describeFirstIssue(result.error);
    throw new DataDocumentError('schema', CONFIG_DOCUMENT, `${path}: ${message}`, { path });
  }
  const { dataBaseUrl, basemapStyleUrl, internalDataBaseUrl, signInUrl, signOutUrl, feedbackUrl, geocoderUrl } = result.data;
  const resolve = (url: string | undefined) => (url === undefined ? undefined : new URL(url, configUrl).href);
  return {
    ...result.data,
    internalDataBaseUrl:
      internalDataBaseUrl === undefined ? undefined : resolve(internalDataBaseUrl.endsWith('/') ? internalDataBaseUrl : `${internalDataBaseUrl}/`),
    signInUrl: resolve(signInUrl),
    signOutUrl: resolve(signOutUrl),
    dataBaseUrl: new URL(dataBaseUrl.endsWith('/') ? dataBaseUrl : `${dataBaseUrl}/`, configUrl).href,
    basemapStyleUrl: basemapStyleUrl === undefined ? undefined : new URL(basemapStyleUrl, configUrl).href,
    ...(feedbackUrl === undefined ? {} : { feedbackUrl: new URL(feedbackUrl, configUrl).href }),
    ...(geocoderUrl === undefined ? {} : { geocoderUrl: new URL(geocoderUrl, configUrl).href }),
  };
}

/** Where this page reads config.json from. */
export function configUrl(baseUrl: string = import.meta.env.BASE_URL): string {
  return documentUrl(new URL(baseUrl, window.location.href).href, CONFIG_DOCUMENT);
}

export async function loadConfig(baseUrl: string = import.meta.env.BASE_URL): Promise<AppConfig> {
  const appBase = new URL(baseUrl, window.location.href).href;
  const json = await fetchDocument(appBase, CONFIG_DOCUMENT);
  return parseConfig(json, configUrl(baseUrl), buildDefaults());
}
