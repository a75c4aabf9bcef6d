/** events.json: records, references, a site in another area than the event. */
import { DOCUMENT_NAMES, parseEvents } from '../../src/contract/documents.ts';
import { resolveEventReferences } from '../../src/contract/references.ts';
import type { PilotEvent, SiteFeature } from '../../src/contract/schemas.ts';
import { rawIndex, type CheckContext, type RawDocument } from './types.ts';
import { type JsonObject } from '../../src/contract/json.ts';

export function checkEvents(
  ctx: CheckContext,
  raw: RawDocument,
  refs: { areaIds: ReadonlySet<string> | undefined; siteIds: ReadonlySet<string> | undefined; siteById: ReadonlyMap<string, SiteFeature> },
): void {
  const parsed = ctx.parse(DOCUMENT_NAMES.events, () => parseEvents(raw.json));
  if (!parsed) return;
  ctx.addAll(parsed.problems);
  ctx.checkTexts(DOCUMENT_NAMES.events, raw.json);
  let events: PilotEvent[] = parsed.data;
  if (refs.areaIds) {
    // The app resolves events against areas and (when they loaded) sites.
    const references = resolveEventReferences(events, { areaIds: refs.areaIds, indicatorIds: new Set(), siteIds: refs.siteIds });
    ctx.addAll(references.problems);
    events = references.data;
  }
  const rawEvents = (raw.json as JsonObject).events;
  for (const event of events) {
    const site = event.siteId === undefined ? undefined : refs.siteById.get(event.siteId);
    if (site && event.areaId !== undefined && site.properties.areaId !== event.areaId) {
      const index = rawIndex(rawEvents, (item) => item.id === event.id);
      ctx.add(
        'error',
        DOCUMENT_NAMES.events,
        `events[${index}].siteId`,
        `site "${site.id}" belongs to area "${site.properties.areaId}", not "${event.areaId}"`,
        event.id,
      );
    }
  }
}
