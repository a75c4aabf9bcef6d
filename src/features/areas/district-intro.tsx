import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { pickText, textLanguage } from '../../i18n/text';
import type { AreaFeature, SiteFeature } from '../../lib/api/schemas';
import { outlinePath } from '../../lib/geo/outline';
import { areaMessages } from './area-messages';
import { describeDistrictSites } from './district-summary';

/** The district in plain words: its description from the data, a sentence about its sites, and key figures. */
export function DistrictIntro({ area, sites }: { area: AreaFeature; sites: ReadonlyArray<SiteFeature> | undefined }) {
  const t = useMessages(areaMessages);
  const language = useLanguage();
  const name = pickText(area.properties.name, language);
  const { description, programme, population, heatedAreaM2 } = area.properties;
  return (
    <div className="district-intro">
      <svg className="district-intro__outline" viewBox="0 0 160 110" width="160" height="110" aria-hidden="true" focusable="false">
        <path d={outlinePath(area.geometry, 160, 110)} />
      </svg>
      <div className="district-intro__text">
        {description ? (
          <p className="lead" lang={textLanguage(description, language)}>
            {pickText(description, language)}
          </p>
        ) : null}
        {sites ? <p className="lead">{describeDistrictSites({ language, areaName: name, sites })}</p> : null}
        {programme !== undefined || population !== undefined || heatedAreaM2 !== undefined ? (
          <dl className="facts">
            {programme !== undefined ? (
              <>
                <dt>{t.programme}</dt>
                <dd>{programme}</dd>
              </>
            ) : null}
            {population !== undefined ? (
              <>
                <dt>{t.population}</dt>
                <dd className="tabular">{formatNumber(population, language)}</dd>
              </>
            ) : null}
            {heatedAreaM2 !== undefined ? (
              <>
                <dt>{t.heatedArea}</dt>
                <dd className="tabular">{formatNumber(heatedAreaM2, language)} m²</dd>
              </>
            ) : null}
          </dl>
        ) : null}
      </div>
    </div>
  );
}
