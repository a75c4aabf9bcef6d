import { AreaFacts } from '../../components/area-facts';
import { AreaOutline } from '../../components/area-outline';
import { useLanguage } from '../../i18n/language';
import { pickText, textLanguage } from '../../core/text';
import type { AreaFeature, SiteFeature } from '../../contract/schemas';
import { describeAreaSites } from './area-sites-sentence';

/** The district in plain words: its description from the data, a sentence about its sites, and key figures. */
export function AreaIntro({ area, sites }: { area: AreaFeature; sites: ReadonlyArray<SiteFeature> | undefined }) {
  const language = useLanguage();
  const name = pickText(area.properties.name, language);
  const { description } = area.properties;
  return (
    <div className="district-intro">
      <AreaOutline area={area} width={160} height={110} className="district-intro__outline" />
      <div className="district-intro__text">
        {description ? (
          <p className="lead" lang={textLanguage(description, language)}>
            {pickText(description, language)}
          </p>
        ) : null}
        {sites ? <p className="lead">{describeAreaSites({ language, areaName: name, sites })}</p> : null}
        <AreaFacts area={area} showProgramme />
      </div>
    </div>
  );
}
