import { formatNumber } from '../core/format';
import { useLanguage } from '../i18n/language';
import { useMessages } from '../i18n/messages';
import { defineMessages } from '../core/messages';
import type { AreaFeature } from '../contract/schemas';

const areaFactsMessages = defineMessages({
  sv: { programme: 'Program', population: 'Invånare', heatedArea: 'Uppvärmd yta' },
  en: { programme: 'Programme', population: 'Residents', heatedArea: 'Heated floor area' },
});

/**
 * A district's key figures from areas.geojson as a description list; a figure the data leaves
 * out is left out here too, and nothing renders when there are none.
 */
export function AreaFacts({ area, showProgramme = false }: { area: AreaFeature; showProgramme?: boolean }) {
  const t = useMessages(areaFactsMessages);
  const language = useLanguage();
  const { population, heatedAreaM2 } = area.properties;
  const programme = showProgramme ? area.properties.programme : undefined;
  if (programme === undefined && population === undefined && heatedAreaM2 === undefined) return null;
  return (
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
  );
}
