import { formatPeriod } from '../../core/format';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { pickText, textLanguage } from '../../core/text';
import type { AreaFeature, PilotEvent, SiteFeature } from '../../contract/schemas';
import { periodToTime } from '../../core/periods';
import { areaMessages } from './area-messages';

/** The district's events (its own and its sites'), oldest first. */
export function districtEvents(events: ReadonlyArray<PilotEvent>, areaId: string, sites: ReadonlyArray<SiteFeature>): PilotEvent[] {
  const siteAreas = new Map(sites.map((site) => [site.id, site.properties.areaId]));
  return events
    .filter((event) => event.areaId === areaId || (event.siteId !== undefined && siteAreas.get(event.siteId) === areaId))
    .map((event, index) => ({ event, index }))
    .sort((a, b) => periodToTime(a.event.period) - periodToTime(b.event.period) || a.index - b.index)
    .map(({ event }) => event);
}

/** The pilot's events in the district as a timeline (an ordered list with dates). */
export function AreaTimeline({ area, events, sites }: { area: AreaFeature; events: ReadonlyArray<PilotEvent>; sites: ReadonlyArray<SiteFeature> }) {
  const t = useMessages(areaMessages);
  const language = useLanguage();
  const mine = districtEvents(events, area.id, sites);
  if (mine.length === 0) return <p>{t.noEvents}</p>;
  const siteNames = new Map(sites.map((site) => [site.id, site.properties.name]));
  return (
    <ol className="timeline">
      {mine.map((event) => {
        const siteName = event.siteId ? siteNames.get(event.siteId) : undefined;
        return (
          <li key={event.id} className="timeline__item">
            <time className="timeline__date" dateTime={event.period}>
              {formatPeriod(event.period, language)}
            </time>
            <div className="timeline__body">
              <p className="timeline__title" lang={textLanguage(event.title, language)}>
                {pickText(event.title, language)}
              </p>
              {event.description ? <p>{pickText(event.description, language)}</p> : null}
              {siteName ? <p className="muted">{t.atSite(pickText(siteName, language))}</p> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
