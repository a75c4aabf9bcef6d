import type { Language } from '../../i18n/language';
import { pickText } from '../../i18n/text';
import type { AreaFeature } from '../../lib/api/schemas';
import { outlinePath } from '../../lib/geo/outline';

/**
 * Stands in for a small map until the reader asks for it: the district's outline as SVG (no map
 * library) and a button that loads the real map in its place. The site list beside it stays the
 * accessible way to the sites either way.
 */
export function MapPreview({
  areas,
  label,
  buttonLabel,
  onShow,
  language,
}: {
  areas: ReadonlyArray<AreaFeature>;
  label: (area: string) => string;
  buttonLabel: string;
  onShow: () => void;
  language: Language;
}) {
  const names = areas.map((area) => pickText(area.properties.name, language)).join(', ');
  return (
    <div className="map-preview">
      <svg className="map-preview__outline" viewBox="0 0 320 200" role="img" aria-label={label(names)} preserveAspectRatio="xMidYMid meet">
        {areas.map((area) => (
          <path key={area.id} d={outlinePath(area.geometry, 320, 200, 12)} />
        ))}
      </svg>
      <button type="button" className="button map-preview__button" onClick={onShow}>
        {buttonLabel}
      </button>
    </div>
  );
}
