import { useEffect, useId, useRef } from 'react';
import { domainMessages } from '../../components/domain-messages';
import { LazyAskAbout } from '../../components/lazy-ask-about';
import { LocalizedLink } from '../../components/localized-link';
import { paths } from '../../core/paths';
import { formatDate, formatPeriod } from '../../core/format';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { pickText, textLanguage } from '../../core/text';
import type { AreaFeature, Indicator, PilotEvent, SiteFeature } from '../../contract/schemas';
import { formatFact, kindLabel, safeExternalUrl, siteStatusLabel } from './labels';
import { mapMessages } from './map-messages';
import { SiteSymbol, StatusSymbol } from './site-symbol';
import { compareCodeUnits } from '../../contract/compare';
import { SiteResultList } from './site-result-list';

export interface SitePanelProps {
  site: SiteFeature;
  area: AreaFeature | undefined;
  /** Public indicators, to name the site's linked indicators. */
  indicators: ReadonlyArray<Indicator>;
  /** All events; the panel shows the site's own. */
  events: ReadonlyArray<PilotEvent>;
  /** meta.updated, for "the data was last updated on …". */
  updated: string | undefined;
  headingLevel: 2 | 3;
  /** Move focus to the panel's heading when it opens (selection from the list, by keyboard or pointer). */
  focusOnOpen: boolean;
  onClose: () => void;
}

/**
 * Everything about one site: name, what was done, status and dates, key facts, linked
 * indicators and events. Every piece of data text is rendered as React text, never as HTML.
 * Closes with its button or Escape.
 */
export function SitePanel({ site, area, indicators, events, updated, headingLevel, focusOnOpen, onClose }: SitePanelProps) {
  const t = useMessages(mapMessages);
  const domainNames = useMessages(domainMessages);
  const language = useLanguage();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { properties } = site;
  const name = pickText(properties.name, language);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';

  useEffect(() => {
    if (focusOnOpen) headingRef.current?.focus();
  }, [site.id, focusOnOpen]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        onClose();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  const linked = (properties.indicatorIds ?? []).flatMap((id) => indicators.filter((indicator) => indicator.id === id));
  const siteEvents = events.filter((event) => event.siteId === site.id).sort((a, b) => compareCodeUnits(a.period, b.period));
  const url = safeExternalUrl(properties.url);

  return (
    <section className="site-panel" aria-labelledby={headingId} data-site-id={site.id}>
      <div className="site-panel__header">
        <Heading id={headingId} ref={headingRef} tabIndex={-1} className="site-panel__title" lang={textLanguage(properties.name, language)}>
          {name}
        </Heading>
        <button type="button" className="button button--secondary site-panel__close" onClick={onClose} title={t.closeHint}>
          {t.close}
        </button>
      </div>

      <p className="site-panel__tags">
        <span className="site-panel__tag">
          <SiteSymbol domain={properties.domain} status={properties.status} />
          {domainNames[properties.domain]}: {kindLabel(properties.kind, language)}
        </span>
        <span className="site-panel__tag">
          <StatusSymbol status={properties.status} />
          {t.status}: {siteStatusLabel(properties.status, language)}
        </span>
      </p>

      <dl className="facts site-panel__dates">
        {area ? (
          <>
            <dt>{t.district}</dt>
            <dd>
              <LocalizedLink to={paths.area(area.id)}>{pickText(area.properties.name, language)}</LocalizedLink>
            </dd>
          </>
        ) : null}
        {properties.started ? (
          <>
            <dt>{t.started}</dt>
            <dd>
              <time dateTime={properties.started}>{formatPeriod(properties.started, language)}</time>
            </dd>
          </>
        ) : null}
        {properties.completed ? (
          <>
            <dt>{t.completedAt}</dt>
            <dd>
              <time dateTime={properties.completed}>{formatPeriod(properties.completed, language)}</time>
            </dd>
          </>
        ) : null}
      </dl>

      <Sub>{t.whatWasDone}</Sub>
      {properties.summary ? (
        <p lang={textLanguage(properties.summary, language)}>{pickText(properties.summary, language)}</p>
      ) : (
        <p className="muted">{t.noSummary}</p>
      )}

      {properties.facts && properties.facts.length > 0 ? (
        <>
          <Sub>{t.facts}</Sub>
          <dl className="facts site-panel__facts">
            {properties.facts.map((fact, index) => (
              <div key={index} className="site-panel__fact">
                <dt>{pickText(fact.label, language)}</dt>
                <dd className="tabular">
                  {formatFact(fact.value, fact.unit ? pickText(fact.unit, language) : undefined, language, pickText(fact.label, language))}
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}

      {linked.length > 0 ? <SiteResultList siteId={site.id} linked={linked} headingLevel={headingLevel === 2 ? 3 : 4} /> : null}

      {linked.length > 0 ? (
        <>
          <Sub>{t.indicators}</Sub>
          <ul className="site-panel__links">
            {linked.map((indicator) => (
              <li key={indicator.id}>
                <LocalizedLink to={paths.indicator(indicator.id)}>{pickText(indicator.name, language)}</LocalizedLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <Sub>{t.events}</Sub>
      {siteEvents.length > 0 ? (
        <ol className="site-panel__events">
          {siteEvents.map((event) => (
            <li key={event.id}>
              <time dateTime={event.period}>{formatPeriod(event.period, language)}</time>: {pickText(event.title, language)}
              {event.description ? <p className="muted">{pickText(event.description, language)}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t.noEvents}</p>
      )}

      {url ? (
        <p>
          <a href={url} rel="noopener noreferrer">
            {t.readMore}
          </a>{' '}
          <span className="muted">{t.externalLink}</span>
        </p>
      ) : null}
      {updated ? <p className="muted site-panel__updated">{t.dataUpdated(formatDate(updated, language))}</p> : null}
      <LazyAskAbout about={{ kind: 'site', id: site.id, name }} headingLevel={headingLevel === 2 ? 3 : 4} />
    </section>
  );
}
