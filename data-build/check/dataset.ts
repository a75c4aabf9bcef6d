/**
 * `checkDataset`: reads every document of a dataset and runs the checker of each (one module
 * per document in this folder). Shared by `npm run data:check` and `data:build`, which checks the
 * exact texts it is about to publish before it swaps them in.
 *
 * It reuses the dashboard's own parsing (documents.ts) and cross-reference checks
 * (references.ts), so the validator and the app never disagree about a record; everything
 * below those is extra, validator-only checking (docs/data-api.md, "Checking a dataset").
 */
import { DOCUMENT_NAMES, type ObservationsDocument } from '../../src/contract/documents.ts';
import type { KnownIds } from '../../src/contract/references.ts';
import { idSchema, type AreaFeature, type Indicator, type SiteFeature } from '../../src/contract/schemas.ts';
import { checkAreas } from './areas.ts';
import { BUILD_DOCUMENT_NAMES, checkBuildDocument } from './build-documents.ts';
import { checkSwappedLatitudes } from './coordinates.ts';
import { checkEvents } from './events.ts';
import { checkGoals } from './goals.ts';
import { checkIndicators } from './indicators.ts';
import { checkMeta } from './meta.ts';
import { checkObservations } from './observations.ts';
import { checkSitePositions, checkSiteReferences, parseSitesChecked } from './sites.ts';
import { CheckContext, describeError, type CheckOptions, type CheckProblem, type RawDocument, type ReadDocument } from './types.ts';
import { isObject } from '../../src/contract/json.ts';

/**
 * Checks a whole dataset and returns every problem found (errors and warnings), in document
 * order. Never throws for bad data; a thrown error means a bug in the checker.
 */
export async function checkDataset(readDocument: ReadDocument, options: CheckOptions = {}): Promise<CheckProblem[]> {
  const audience = options.audience ?? 'public';
  const ctx = new CheckContext();

  /** Reads a document; on failure reports it and returns undefined. */
  const load = async (name: string): Promise<RawDocument | undefined> => {
    try {
      return { json: await readDocument(name) };
    } catch (error) {
      const { path, message } = describeError(error);
      ctx.add('error', name, path, message);
      return undefined;
    }
  };
  /** An optional document: absent is fine. */
  const loadOptional = async (name: string): Promise<RawDocument | undefined> => {
    try {
      return { json: await readDocument(name) };
    } catch (error) {
      const { path, message, status } = describeError(error);
      if (status !== 404) ctx.add('error', name, path, message);
      return undefined;
    }
  };

  const names = [DOCUMENT_NAMES.meta, DOCUMENT_NAMES.areas, DOCUMENT_NAMES.indicators, DOCUMENT_NAMES.goals, DOCUMENT_NAMES.sites, DOCUMENT_NAMES.events];
  const [metaRaw, areasRaw, indicatorsRaw, goalsRaw, sitesRaw, eventsRaw] = await Promise.all(names.map(load));

  if (metaRaw) checkMeta(ctx, metaRaw);
  const areas: AreaFeature[] | undefined = areasRaw ? checkAreas(ctx, areasRaw) : undefined;
  const indicators: Indicator[] | undefined = indicatorsRaw ? checkIndicators(ctx, indicatorsRaw, audience) : undefined;
  // sites.geojson is parsed before the others: events and observations refer to sites.
  const sites: SiteFeature[] | undefined = sitesRaw ? parseSitesChecked(ctx, sitesRaw) : undefined;

  const areaById = new Map((areas ?? []).map((area) => [area.id, area]));
  const siteById = new Map((sites ?? []).map((site) => [site.id, site]));
  const indicatorById = new Map((indicators ?? []).map((indicator) => [indicator.id, indicator]));
  // References are checked against every id a document declares, even on a record that was
  // dropped for another reason: that record's own error is the one to fix, and repeating it as
  // "unknown id" on everything that names it would only bury it.
  const declaredIds = (raw: RawDocument | undefined, listKey: string): Set<string> => {
    const list = raw && isObject(raw.json) ? raw.json[listKey] : undefined;
    return new Set(Array.isArray(list) ? list.flatMap((item) => (isObject(item) && typeof item.id === 'string' ? [item.id] : [])) : []);
  };
  const areaIds = areas ? declaredIds(areasRaw, 'features') : undefined;
  const siteIds = sites ? declaredIds(sitesRaw, 'features') : undefined;
  const known: KnownIds | undefined = areaIds && indicators ? { areaIds, indicatorIds: declaredIds(indicatorsRaw, 'indicators'), siteIds } : undefined;

  if (sites && sitesRaw && areas) checkSitePositions(ctx, sites, sitesRaw, areas);
  if (areasRaw) checkSwappedLatitudes(ctx, DOCUMENT_NAMES.areas, areasRaw);
  if (sitesRaw) checkSwappedLatitudes(ctx, DOCUMENT_NAMES.sites, sitesRaw);
  if (sites && sitesRaw) checkSiteReferences(ctx, sites, sitesRaw, known);
  if (eventsRaw) checkEvents(ctx, eventsRaw, { areaIds, siteIds, siteById });

  // observations/{id}.json for every declared indicator id, so a broken indicator record does
  // not hide its data file.
  const observations = new Map<string, ObservationsDocument>();
  if (indicators && known) {
    const indicatorIds = [...known.indicatorIds].filter((id) => idSchema.safeParse(id).success);
    const loaded = await Promise.all(
      indicatorIds.map(async (indicatorId) => {
        const name = DOCUMENT_NAMES.observations(indicatorId);
        try {
          return { indicatorId, raw: { json: await readDocument(name) } };
        } catch (error) {
          const { path, message, status } = describeError(error);
          ctx.add('error', name, path, status === 404 ? `${message}: every indicator in indicators.json needs an observations file` : message, indicatorId);
          return { indicatorId, raw: undefined };
        }
      }),
    );
    for (const { indicatorId, raw } of loaded) {
      if (!raw) continue;
      const doc = checkObservations(ctx, indicatorId, raw, known, siteById);
      if (doc) observations.set(indicatorId, doc);
    }
  }

  if (goalsRaw) checkGoals(ctx, goalsRaw, { known, areaById, indicatorById, observations, audience });

  // The build's own documents, when present.
  for (const name of [BUILD_DOCUMENT_NAMES.buildReport, BUILD_DOCUMENT_NAMES.changes]) {
    const raw = await loadOptional(name);
    if (!raw) continue;
    checkBuildDocument(ctx, name, raw);
    if (audience === 'public' && known) checkNamesOnlyPublished(ctx, name, raw, known.indicatorIds);
  }

  return ctx.problems;
}

/**
 * In a public dataset, the build's report and change list must not name an indicator the
 * dataset does not publish (an internal one would leak its id).
 */
function checkNamesOnlyPublished(ctx: CheckContext, name: string, raw: RawDocument, published: ReadonlySet<string>): void {
  const json = raw.json;
  if (!isObject(json)) return;
  const named: Array<{ id: unknown; path: string }> = [];
  if (Array.isArray(json.indicators))
    json.indicators.forEach((item: unknown, i) => named.push({ id: isObject(item) ? item.indicatorId : undefined, path: `indicators[${i}].indicatorId` }));
  if (Array.isArray(json.updates)) {
    json.updates.forEach((update: unknown, u) => {
      const changes = isObject(update) && Array.isArray(update.changes) ? update.changes : [];
      changes.forEach((change: unknown, c) =>
        named.push({ id: isObject(change) ? change.indicatorId : undefined, path: `updates[${u}].changes[${c}].indicatorId` }),
      );
    });
  }
  for (const { id, path } of named) {
    if (typeof id === 'string' && !published.has(id)) {
      ctx.add('error', name, path, `names indicator "${id}", which this dataset does not publish (an internal indicator must not be named in public output)`);
    }
  }
}
