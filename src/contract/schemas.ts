/**
 * The Pilot data API v1 as zod schemas: the single source of the TypeScript types used by the
 * dashboard, the validator (`npm run data:check`) and the published JSON Schema files.
 * See docs/data-api.md for the contract in prose.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini keeps the entry chunk ~19 KB (gzip) smaller than classic zod; it ships no error
// texts by default, so load the English ones (the validator and data-quality notices show them).
z.config(en());

export const SUPPORTED_API_MAJOR = '1';

export const idSchema = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase kebab-case id'));

/** `"2019"`, `"2019-03"` or `"2019-03-15"`, and a real calendar date. */
export const periodSchema = z.string().check(
  z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected an ISO period: YYYY, YYYY-MM or YYYY-MM-DD'),
  z.refine((period) => {
    const [year, month, day] = period.split('-').map(Number);
    if (day === undefined || year === undefined || month === undefined) return true;
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'expected a real calendar date'),
);

const nonEmptyString = z.string().check(z.minLength(1));
export const localizedTextSchema = z
  .object({ sv: z.optional(nonEmptyString), en: z.optional(nonEmptyString) })
  .check(z.refine((text) => text.sv !== undefined || text.en !== undefined, 'expected at least one of sv, en'));

export const linkSchema = z.object({ name: nonEmptyString, url: z.optional(z.url()) });

export const domainSchema = z.enum(['energy', 'mobility', 'housing']);
export const directionSchema = z.enum(['decrease', 'increase']);
export const frequencySchema = z.enum(['annual', 'quarterly', 'monthly', 'daily']);
export const visibilitySchema = z.enum(['public', 'internal']);
export const qualitySchema = z.enum(['measured', 'estimated', 'modelled', 'provisional']);
export const siteStatusSchema = z.enum(['planned', 'in-progress', 'completed']);

const apiVersionSchema = z.string().check(z.regex(/^\d+(\.\d+)*$/, 'expected a version such as "1"'));

// ---------- meta.json ----------
export const metaSchema = z.object({
  apiVersion: apiVersionSchema,
  title: localizedTextSchema,
  publisher: linkSchema,
  licence: linkSchema,
  updated: z.union([z.iso.datetime({ offset: true }), z.iso.date()]),
  isSample: z.boolean(),
  sampleNote: z.optional(localizedTextSchema),
  archived: z.optional(z.boolean()),
  /** Landing page of the dataset (the dashboard's public URL); used in citations and DCAT. */
  url: z.optional(z.url()),
  /** Where readers report problems or ask questions (required by the accessibility law). */
  contact: z.optional(
    z
      .object({ name: z.optional(nonEmptyString), email: z.optional(z.email()), url: z.optional(z.url()) })
      .check(z.refine((contact) => contact.email !== undefined || contact.url !== undefined, 'expected an email or a url')),
  ),
});

// ---------- indicators.json ----------
export const indicatorSchema = z.object({
  id: idSchema,
  domain: domainSchema,
  name: localizedTextSchema,
  description: z.optional(localizedTextSchema),
  unit: localizedTextSchema,
  direction: directionSchema,
  decimals: z.int().check(z.minimum(0), z.maximum(3)),
  frequency: frequencySchema,
  visibility: visibilitySchema,
  source: linkSchema,
  methodology: z.optional(localizedTextSchema),
});

// ---------- goals.json ----------
const periodValueSchema = z.object({ period: periodSchema, value: z.number() });

/** The project's own word on whether a target will be met (Miljöbarometern's "uppnås helt / delvis / ej"). */
export const expectedResultSchema = z.enum(['fully', 'partly', 'not']);

/** A dated assessment of one target by the people responsible for it; `internal` ones live only in the internal base. */
export const assessmentSchema = z.object({
  date: z.iso.date(),
  author: nonEmptyString,
  expected: expectedResultSchema,
  text: localizedTextSchema,
  visibility: z._default(visibilitySchema, 'public'),
});

export const targetSchema = z.object({
  indicatorId: idSchema,
  areaId: idSchema,
  baseline: periodValueSchema,
  target: periodValueSchema,
  tolerance: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  /** Who answers for the target (an organisation). */
  responsible: z.optional(localizedTextSchema),
  /** Newest first; a bad assessment is dropped and reported on its own. */
  assessments: z.optional(z.array(assessmentSchema)),
});

export const goalSchema = z.object({
  id: idSchema,
  title: localizedTextSchema,
  summary: z.optional(localizedTextSchema),
  targets: z.array(targetSchema),
});

// ---------- observations/{indicatorId}.json ----------
export const pointSchema = z.object({
  period: periodSchema,
  value: z.nullable(z.number()),
  /** Missing on a point with a value: "measured". A point without a value has none (see src/contract/quality.ts). */
  quality: z.optional(qualitySchema),
  note: z.optional(localizedTextSchema),
});

const dateTimeSchema = z.iso.datetime({ offset: true });

/** Where and when data:build read a series from a standard source (Kolada, SCB, …). */
export const seriesSourceSchema = z.object({ name: nonEmptyString, url: z.url(), retrievedAt: dateTimeSchema });

export const seriesSchema = z.object({
  areaId: idSchema,
  siteId: z.optional(idSchema),
  points: z.array(pointSchema),
  source: z.optional(seriesSourceSchema),
});

// ---------- events.json ----------
export const eventSchema = z.object({
  id: idSchema,
  period: periodSchema,
  areaId: z.optional(idSchema),
  siteId: z.optional(idSchema),
  title: localizedTextSchema,
  description: z.optional(localizedTextSchema),
});

// ---------- GeoJSON ----------
const longitude = z.number().check(z.minimum(-180), z.maximum(180));
const latitude = z.number().check(z.minimum(-90), z.maximum(90));
export const positionSchema = z.tuple([longitude, latitude], z.number());
const ringSchema = z.array(positionSchema).check(z.minLength(4));
export const polygonSchema = z.object({ type: z.literal('Polygon'), coordinates: z.array(ringSchema).check(z.minLength(1)) });
export const multiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ringSchema).check(z.minLength(1))).check(z.minLength(1)),
});
export const pointGeometrySchema = z.object({ type: z.literal('Point'), coordinates: positionSchema });

export const areaPropertiesSchema = z.object({
  name: localizedTextSchema,
  description: z.optional(localizedTextSchema),
  programme: z.optional(z.string()),
  population: z.optional(z.number().check(z.nonnegative())),
  heatedAreaM2: z.optional(z.number().check(z.nonnegative())),
  /** The period `population` counts (e.g. "2022"): views divide only values of that period (or the nearest, saying so). */
  populationPeriod: z.optional(periodSchema),
  /** The period `heatedAreaM2` measures, as for populationPeriod. */
  heatedAreaM2Period: z.optional(periodSchema),
  /**
   * `reference`: an area followed for comparison only (e.g. Stockholm as a whole). It is never a
   * district: no status, no target, not on the map, not in district lists; charts draw it as a
   * thin dashed line. Absent = `district` (old datasets).
   */
  role: z.optional(z.enum(['district', 'reference'])),
});

export const areaFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: idSchema,
    /** `null` only for a reference area (it is never drawn on the map). */
    geometry: z.nullable(z.discriminatedUnion('type', [polygonSchema, multiPolygonSchema])),
    properties: areaPropertiesSchema,
  })
  .check(
    z.refine((area) => area.geometry !== null || area.properties.role === 'reference', {
      message: 'geometry: a district needs a Polygon or MultiPolygon (only a reference area may have null)',
      path: ['geometry'],
    }),
  );

export const siteFactSchema = z.object({
  label: localizedTextSchema,
  value: z.union([z.number(), z.string()]),
  unit: z.optional(localizedTextSchema),
});

export const sitePropertiesSchema = z.object({
  name: localizedTextSchema,
  areaId: idSchema,
  domain: domainSchema,
  kind: idSchema,
  status: siteStatusSchema,
  started: z.optional(periodSchema),
  completed: z.optional(periodSchema),
  summary: z.optional(localizedTextSchema),
  facts: z.optional(z.array(siteFactSchema)),
  indicatorIds: z.optional(z.array(idSchema)),
  url: z.optional(z.url()),
});

export const siteFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: idSchema,
  geometry: z.discriminatedUnion('type', [pointGeometrySchema, polygonSchema, multiPolygonSchema]),
  properties: sitePropertiesSchema,
});

// ---------- Whole documents (strict form: published as JSON Schema, used by data:check) ----------
const version = { apiVersion: apiVersionSchema };
export const indicatorsDocumentSchema = z.object({ ...version, indicators: z.array(indicatorSchema) });
export const goalsDocumentSchema = z.object({ ...version, goals: z.array(goalSchema) });
export const eventsDocumentSchema = z.object({ ...version, events: z.array(eventSchema) });
export const observationsDocumentSchema = z.object({
  ...version,
  indicatorId: idSchema,
  series: z.array(seriesSchema),
  /**
   * Set by `data:build --keep-going` when the source could not be read: the series are those of
   * the previous output, and `staleSince` is when the read failed.
   */
  stale: z.optional(z.boolean()),
  staleSince: z.optional(dateTimeSchema),
});
export const areasDocumentSchema = z.object({
  ...version,
  type: z.literal('FeatureCollection'),
  features: z.array(areaFeatureSchema),
});
export const sitesDocumentSchema = z.object({
  ...version,
  type: z.literal('FeatureCollection'),
  features: z.array(siteFeatureSchema),
});

// ---------- changes.json (written by data:build; see docs/sources.md) ----------
/**
 * One update = one build that changed something, compared with the previous output. The build
 * prepends its update to the previous document's list, so the file is the history of updates
 * (newest first) from which the "What changed" page and the Atom feed are made.
 */
export const changeKindSchema = z.enum(['value-added', 'value-changed', 'value-removed', 'status-changed', 'became-overdue', 'assessment-added']);
const statusValueSchema = z.enum(['achieved', 'on-track', 'at-risk', 'off-track', 'no-data']);
export const changeSchema = z.object({
  kind: changeKindSchema,
  indicatorId: idSchema,
  areaId: idSchema,
  siteId: z.optional(idSchema),
  /** The period whose value was added, changed or removed; for overdue, the latest period. */
  period: z.optional(periodSchema),
  /** value-*: the old and new value (null = no value); status-changed: the old and new status. */
  before: z.optional(z.union([z.nullable(z.number()), statusValueSchema])),
  after: z.optional(z.union([z.nullable(z.number()), statusValueSchema])),
  /** status-changed / assessment-added: the goal whose target changed status or was assessed. */
  goalId: z.optional(idSchema),
  /** assessment-added (its `period` is the assessment's date): the result the project expects. */
  expected: z.optional(expectedResultSchema),
});
/** A release id: the update's date, with `-2`, `-3`, … for further releases on the same day. */
export const releaseIdSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(-[1-9]\d*)?$/, 'a release id: YYYY-MM-DD or YYYY-MM-DD-N'));
export const updateSchema = z.object({
  updated: z.union([z.iso.datetime({ offset: true }), z.iso.date()]),
  previousUpdated: z.optional(z.union([z.iso.datetime({ offset: true }), z.iso.date()])),
  /** Set when this update was a rollback (`data:rollback`): the earlier release made the latest again. */
  restoredTo: z.optional(releaseIdSchema),
  changes: z.array(changeSchema),
});
export const changesDocumentSchema = z.object({ ...version, updates: z.array(updateSchema) });

// ---------- releases.json (written by data:build and data:rollback; see docs/data-api.md) ----------
/**
 * Every publication whose documents differ from the one before is kept as an immutable release in
 * `releases/<id>/`, holding the same documents as the top level had then. The list is oldest first.
 */
export const releaseSchema = z.object({
  id: releaseIdSchema,
  /** meta.updated of the release. */
  updated: z.union([z.iso.datetime({ offset: true }), z.iso.date()]),
  /** How many changes the release's own update in changes.json lists (0 when it has none). */
  changes: z.int().check(z.nonnegative()),
  /** The release's folder relative to the data API's base, ending in `/`: `releases/<id>/`. */
  path: z.string().check(z.regex(/^releases\/\d{4}-\d{2}-\d{2}(-[1-9]\d*)?\/$/)),
  /** The release's dataset zip, inside its folder (absent for a release adopted from an output that had none). */
  zip: z.optional(z.object({ fileName: nonEmptyString, bytes: z.int().check(z.nonnegative()) })),
  /** Set on a release made by `data:rollback`: the earlier release whose documents it restored. */
  restoredFrom: z.optional(releaseIdSchema),
});
export const releasesDocumentSchema = z.object({
  ...version,
  /** The id of the release the top-level documents are (the newest publication). */
  latest: releaseIdSchema,
  releases: z.array(releaseSchema).check(z.minLength(1)),
});

// ---------- build-report.json (written by data:build) ----------
export const sourceKindSchema = z.enum(['csv', 'xlsx', 'kolada', 'pxweb', 'sensorthings', 'ngsild']);
export const buildReportIndicatorSchema = z.object({
  indicatorId: idSchema,
  sourceKind: sourceKindSchema,
  /** The file read (relative to the source folder) or the first request URL. */
  location: nonEmptyString,
  /** `ok`; `stale`: the source failed and the previous series were kept (--keep-going). */
  outcome: z.enum(['ok', 'stale']),
  /** When the source was read (or, when stale, when reading it failed). */
  readAt: dateTimeSchema,
  /** The points the series rest on; after an incremental harvest, the kept ones included (as a full harvest would count). */
  pointsRead: z.int().check(z.nonnegative()),
  /** Points left out, by reason (sorted by reason). */
  dropped: z.array(z.object({ reason: nonEmptyString, count: z.int().check(z.positive()) })),
  warnings: z.array(z.string()),
  error: z.optional(z.string()),
  durationMs: z.number().check(z.nonnegative()),
});
export const buildReportDocumentSchema = z.object({
  ...version,
  builtAt: dateTimeSchema,
  durationMs: z.number().check(z.nonnegative()),
  indicators: z.array(buildReportIndicatorSchema),
  warnings: z.array(z.string()),
});

// ---------- Run-time configuration (config.json) ----------
export const languageSchema = z.enum(['sv', 'en']);
export const configSchema = z.object({
  dataBaseUrl: nonEmptyString,
  basemapStyleUrl: z.optional(nonEmptyString),
  defaultLanguage: z._default(languageSchema, 'sv'),
  /** The protected base of internal indicators (same shape as the data API); fetched with credentials. */
  internalDataBaseUrl: z.optional(nonEmptyString),
  /** Where "Sign in (project leads)" goes; the page to return to is added as `rd`. */
  signInUrl: z.optional(nonEmptyString),
  /** Requested (with credentials, no navigation) to end the proxy session. */
  signOutUrl: z.optional(nonEmptyString),
  /** Where "Ask about this" posts its JSON; without it the form offers a mailto: to meta.contact.email. */
  feedbackUrl: z.optional(nonEmptyString),
  /**
   * A Photon- or Nominatim-compatible search API (`?q=…`) for "Nära mig" by address; without it
   * only the browser's own location is offered. The address typed is sent there, nothing else.
   */
  geocoderUrl: z.optional(nonEmptyString),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Domain = z.infer<typeof domainSchema>;
export type Direction = z.infer<typeof directionSchema>;
export type Frequency = z.infer<typeof frequencySchema>;
export type Quality = z.infer<typeof qualitySchema>;
export type SiteStatus = z.infer<typeof siteStatusSchema>;
export type Meta = z.infer<typeof metaSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type ExpectedResult = z.infer<typeof expectedResultSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Point = z.infer<typeof pointSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type PilotEvent = z.infer<typeof eventSchema>;
export type AreaFeature = z.infer<typeof areaFeatureSchema>;
export type SiteFeature = z.infer<typeof siteFeatureSchema>;
export type Language = z.infer<typeof languageSchema>;
export type AppConfig = z.infer<typeof configSchema>;
export type Change = z.infer<typeof changeSchema>;
export type Update = z.infer<typeof updateSchema>;
export type ChangesDocument = z.infer<typeof changesDocumentSchema>;
export type IndicatorsDocument = z.infer<typeof indicatorsDocumentSchema>;
export type GoalsDocument = z.infer<typeof goalsDocumentSchema>;
export type EventsDocument = z.infer<typeof eventsDocumentSchema>;
export type ObservationsDocument = z.infer<typeof observationsDocumentSchema>;
export type AreasDocument = z.infer<typeof areasDocumentSchema>;
export type SitesDocument = z.infer<typeof sitesDocumentSchema>;
export type SourceKind = z.infer<typeof sourceKindSchema>;
export type BuildReportIndicator = z.infer<typeof buildReportIndicatorSchema>;
export type BuildReportDocument = z.infer<typeof buildReportDocumentSchema>;

// ---------- download.json (written by data:build beside the documents; read by the dashboard) ----------
/** The whole-dataset zip and the DCAT-AP-SE description, so pages can link them with their size. */
export const downloadsDocumentSchema = z.object({
  ...version,
  /** meta.updated of the dataset the files were made from. */
  updated: z.union([z.iso.datetime({ offset: true }), z.iso.date()]),
  zip: z.object({ fileName: nonEmptyString, bytes: z.int().check(z.nonnegative()) }),
  dcat: z.optional(z.object({ fileName: nonEmptyString })),
});
export type DownloadsDocument = z.infer<typeof downloadsDocumentSchema>;
export type Release = z.infer<typeof releaseSchema>;
export type ReleasesDocument = z.infer<typeof releasesDocumentSchema>;
