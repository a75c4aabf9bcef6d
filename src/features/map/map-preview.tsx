import { useMemo } from 'react';
import type { Language } from '../../i18n/language';
import { pickText } from '../../core/text';
import type { AreaFeature, SiteFeature } from '../../contract/schemas';
import { mapPicture } from './map-picture';

const FONT_SIZE = 12;

/**
 * Stands in for the map until the reader asks for it: the districts, their names and the sites
 * as plain SVG (no map library), and a button that loads the real map in its place. The site
 * list beside it stays the accessible way to the sites either way.
 */
export function MapPreview({
  areas,
  sites,
  size,
  label,
  buttonLabel,
  onShow,
  language,
}: {
  areas: ReadonlyArray<AreaFeature>;
  sites: ReadonlyArray<SiteFeature>;
  /** The picture's shape: a wide strip on a district page, a tall panel for the map page on a phone. */
  size: { width: number; height: number };
  label: (area: string) => string;
  buttonLabel: string;
  onShow: () => void;
  language: Language;
}) {
  const picture = useMemo(
    () =>
      mapPicture(areas, sites, (area) => pickText(area.properties.name, language), {
        ...size,
        padding: 12,
        cell: 4,
        fontSize: FONT_SIZE,
      }),
    [areas, sites, size, language],
  );
  const names = areas.map((area) => pickText(area.properties.name, language)).join(', ');
  return (
    <div className="map-preview">
      <svg
        className="map-preview__picture"
        viewBox={`0 0 ${picture.width} ${picture.height}`}
        role="img"
        aria-label={label(names)}
        preserveAspectRatio="xMidYMid meet"
      >
        {picture.outlines.map((outline) => (
          <path key={outline.id} className="map-preview__outline" d={outline.d} />
        ))}
        {picture.dots.map((dot) => (
          <circle key={`${dot.x},${dot.y}`} className="map-preview__site" cx={dot.x} cy={dot.y} r={2.5} />
        ))}
        {picture.labels.map((text) => (
          <text key={text.id} className="map-preview__name" x={text.x} y={text.y} fontSize={text.fontSize} textAnchor="middle">
            {text.text}
          </text>
        ))}
      </svg>
      <button type="button" className="button map-preview__button" onClick={onShow}>
        {buttonLabel}
      </button>
    </div>
  );
}
