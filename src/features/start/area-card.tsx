import { AreaFacts } from '../../components/area-facts';
import { AreaOutline } from '../../components/area-outline';
import { LocalizedLink } from '../../components/localized-link';
import { paths } from '../../core/paths';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { pickText } from '../../core/text';
import type { AreaFeature } from '../../contract/schemas';
import { startMessages } from './start-messages';

/** A district as a card: outline, key figures and a link to its page. */
export function AreaCard({ area }: { area: AreaFeature }) {
  const t = useMessages(startMessages);
  const language = useLanguage();
  const name = pickText(area.properties.name, language);
  const { programme } = area.properties;
  return (
    <li className="card district-card">
      <AreaOutline area={area} width={120} height={80} className="district-card__outline" />
      <h3>{name}</h3>
      {programme ? <p className="muted">{programme}</p> : null}
      <p>{pickText(area.properties.description, language)}</p>
      <AreaFacts area={area} />
      <p>
        <LocalizedLink to={paths.area(area.id)}>{t.readMoreAbout(name)}</LocalizedLink>
      </p>
    </li>
  );
}
