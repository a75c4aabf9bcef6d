/**
 * Cross-document checks: a record that names an id no other document defines is dropped and
 * reported (contract, "Bad data"). Pure functions; the views and `data:check` share them.
 */
import { DOCUMENT_NAMES, recordPath, type ObservationsDocument } from './documents';
import type { DataProblem, Parsed } from './problems';
import type { Goal, PilotEvent, SiteFeature } from './schemas';

export interface KnownIds {
  indicatorIds: ReadonlySet<string>;
  areaIds: ReadonlySet<string>;
  siteIds?: ReadonlySet<string> | undefined;
}

/**
 * Drops targets naming an unknown indicator or area. `hiddenIndicatorIds` (internal indicators)
 * are removed silently: they are valid data, just not for the public views.
 */
export function resolveGoalReferences(goals: ReadonlyArray<Goal>, known: KnownIds, hiddenIndicatorIds: ReadonlySet<string> = new Set()): Parsed<Goal[]> {
  const problems: DataProblem[] = [];
  const data = goals.map((goal, goalIndex) => ({
    ...goal,
    targets: goal.targets.filter((target, targetIndex) => {
      const path = recordPath(target, `${recordPath(goal, `goals[${goalIndex}]`)}.targets[${targetIndex}]`);
      const recordId = `${goal.id}: ${target.indicatorId}/${target.areaId}`;
      if (hiddenIndicatorIds.has(target.indicatorId)) return false;
      if (!known.indicatorIds.has(target.indicatorId)) {
        problems.push({
          documentName: DOCUMENT_NAMES.goals,
          path: `${path}.indicatorId`,
          recordId,
          message: `names an unknown indicator "${target.indicatorId}"`,
        });
        return false;
      }
      if (!known.areaIds.has(target.areaId)) {
        problems.push({ documentName: DOCUMENT_NAMES.goals, path: `${path}.areaId`, recordId, message: `names an unknown area "${target.areaId}"` });
        return false;
      }
      return true;
    }),
  }));
  return { data, problems };
}

export function resolveSiteReferences(sites: ReadonlyArray<SiteFeature>, known: KnownIds): Parsed<SiteFeature[]> {
  const problems: DataProblem[] = [];
  const data: SiteFeature[] = [];
  sites.forEach((site, index) => {
    const path = recordPath(site, `features[${index}]`);
    if (!known.areaIds.has(site.properties.areaId)) {
      problems.push({
        documentName: DOCUMENT_NAMES.sites,
        path: `${path}.properties.areaId`,
        recordId: site.id,
        message: `names an unknown area "${site.properties.areaId}"`,
      });
      return;
    }
    const unknownIndicators = (site.properties.indicatorIds ?? []).filter((id) => !known.indicatorIds.has(id));
    if (unknownIndicators.length > 0) {
      problems.push({
        documentName: DOCUMENT_NAMES.sites,
        path: `${path}.properties.indicatorIds`,
        recordId: site.id,
        message: `names an unknown indicator "${unknownIndicators.join('", "')}"`,
      });
      return;
    }
    data.push(site);
  });
  return { data, problems };
}

export function resolveEventReferences(events: ReadonlyArray<PilotEvent>, known: KnownIds): Parsed<PilotEvent[]> {
  const problems: DataProblem[] = [];
  const data: PilotEvent[] = [];
  events.forEach((event, index) => {
    const path = recordPath(event, `events[${index}]`);
    if (event.areaId !== undefined && !known.areaIds.has(event.areaId)) {
      problems.push({ documentName: DOCUMENT_NAMES.events, path: `${path}.areaId`, recordId: event.id, message: `names an unknown area "${event.areaId}"` });
      return;
    }
    if (event.siteId !== undefined && known.siteIds !== undefined && !known.siteIds.has(event.siteId)) {
      problems.push({ documentName: DOCUMENT_NAMES.events, path: `${path}.siteId`, recordId: event.id, message: `names an unknown site "${event.siteId}"` });
      return;
    }
    data.push(event);
  });
  return { data, problems };
}

export function resolveObservationReferences(doc: ObservationsDocument, known: KnownIds): Parsed<ObservationsDocument> {
  const documentName = DOCUMENT_NAMES.observations(doc.indicatorId);
  const problems: DataProblem[] = [];
  const series = doc.series.filter((series, index) => {
    const recordId = series.siteId ?? series.areaId;
    const path = recordPath(series, `series[${index}]`);
    if (!known.areaIds.has(series.areaId)) {
      problems.push({ documentName, path: `${path}.areaId`, recordId, message: `names an unknown area "${series.areaId}"` });
      return false;
    }
    if (series.siteId !== undefined && known.siteIds !== undefined && !known.siteIds.has(series.siteId)) {
      problems.push({ documentName, path: `${path}.siteId`, recordId, message: `names an unknown site "${series.siteId}"` });
      return false;
    }
    return true;
  });
  return { data: { ...doc, series }, problems };
}
