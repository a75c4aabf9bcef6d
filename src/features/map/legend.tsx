import { memo } from 'react';
import { domainMessages } from '../../components/domain-messages';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { siteStatusLabel } from './labels';
import { mapMessages } from './map-messages';
import { DomainSymbol, StatusSymbol } from './site-symbol';
import { DOMAINS, DOMAIN_SHAPES, NEUTRAL_COLOUR, SELECTED_COLOUR, SITE_STATUSES, STATUS_FILLS, type SiteFill, type SiteShape } from './site-symbols';

/** Explains every mark on the map in words: shapes and colours, fills, clusters, districts, the selection. */
export const Legend = memo(function Legend({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const t = useMessages(mapMessages);
  const domainNames = useMessages(domainMessages);
  const language = useLanguage();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const shapeName = (shape: SiteShape) => (shape === 'circle' ? t.shapeCircle : shape === 'square' ? t.shapeSquare : t.shapeDiamond);
  const fillName = (fill: SiteFill) => (fill === 'full' ? t.fillFull : fill === 'half' ? t.fillHalf : t.fillNone);
  return (
    <section className="map-legend" aria-labelledby="map-legend-heading">
      <Heading id="map-legend-heading" className="map-legend__heading">
        {t.legendHeading}
      </Heading>
      <div className="map-legend__groups">
        <div>
          <p className="map-legend__intro">{t.legendShapes}</p>
          <ul className="map-legend__list">
            {DOMAINS.map((domain) => (
              <li key={domain}>
                <DomainSymbol domain={domain} />
                <span>
                  {domainNames[domain]} ({shapeName(DOMAIN_SHAPES[domain])})
                </span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <p className="map-legend__intro">{t.legendStatus}</p>
          <ul className="map-legend__list">
            {SITE_STATUSES.map((status) => (
              <li key={status}>
                <StatusSymbol status={status} />
                <span>
                  {siteStatusLabel(status, language)} ({fillName(STATUS_FILLS[status])})
                </span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <p className="map-legend__intro">{t.legendOther}</p>
          <ul className="map-legend__list">
            <li>
              <svg className="site-symbol" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
                <circle cx="10" cy="10" r="9" fill={NEUTRAL_COLOUR} />
                <text x="10" y="14" textAnchor="middle" fontSize="11" fontWeight="700" fill="#ffffff">
                  3
                </text>
              </svg>
              <span>{t.legendCluster}</span>
            </li>
            <li>
              <svg className="site-symbol map-legend__district" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
                <rect x="2" y="4" width="16" height="12" rx="1" />
              </svg>
              <span>{t.legendDistrict}</span>
            </li>
            <li>
              <svg className="site-symbol" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
                <circle cx="10" cy="10" r="7.5" fill="none" stroke={SELECTED_COLOUR} strokeWidth="2.5" />
              </svg>
              <span>{t.legendSelected}</span>
            </li>
          </ul>
        </div>
      </div>
    </section>
  );
});
