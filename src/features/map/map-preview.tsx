import { memo, useMemo } from 'react';
import { formatNumber } from '../../core/format';
import type { Language } from '../../i18n/language';
import { pickText } from '../../core/text';
import type { AreaFeature, SiteFeature } from '../../contract/schemas';
import { mapPicture, type PictureMark } from './map-picture';
import { DOMAIN_COLOURS, DOMAIN_SHAPES, HALO_COLOUR, NEUTRAL_COLOUR, STATUS_FILLS, shapePaths } from './site-symbols';

const FONT_SIZE = 12;
/** A mark's size in picture units (the picture is drawn about 1.1–1.2 × on a phone). */
const MARK_SIZE = 11;

/**
 * Stands in for the map until the reader asks for it: the districts, their names and the sites
 * as plain SVG (no map library), and a button that loads the real map in its place. The sites
 * are drawn with the map's and the legend's symbols (shape and colour by topic, fill by status);
 * where several share a spot, a numbered cluster as on the map. Tapping a site opens its sheet,
 * tapping a cluster opens the map there. The site list beside it stays the accessible (keyboard)
 * way to the sites either way.
 */
export function MapPreview({
  areas,
  sites,
  size,
  label,
  buttonLabel,
  onShow,
  onSelectSite,
  onOpenCluster,
  language,
}: {
  areas: ReadonlyArray<AreaFeature>;
  sites: ReadonlyArray<SiteFeature>;
  /** The picture's shape: a wide strip on a district page, a tall panel for the map page on a phone. */
  size: { width: number; height: number };
  label: (area: string) => string;
  buttonLabel: string;
  onShow: () => void;
  onSelectSite: (siteId: string) => void;
  onOpenCluster: (mark: PictureMark) => void;
  language: Language;
}) {
  const picture = useMemo(
    () =>
      mapPicture(areas, sites, (area) => pickText(area.properties.name, language), {
        ...size,
        padding: 12,
        cell: MARK_SIZE,
        fontSize: FONT_SIZE,
      }),
    [areas, sites, size, language],
  );
  const names = areas.map((area) => pickText(area.properties.name, language)).join(', ');
  return (
    <div className="map-preview">
      {/* First, so it is on the first screen of a phone whatever the picture's height. */}
      <button type="button" className="button map-preview__button" onClick={onShow}>
        {buttonLabel}
      </button>
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
        {picture.labels.map((text) => (
          <text key={text.id} className="map-preview__name" x={text.x} y={text.y} fontSize={text.fontSize} textAnchor="middle">
            {text.text}
          </text>
        ))}
        {picture.marks.map((mark) => (
          <Mark key={`${mark.x},${mark.y}`} mark={mark} language={language} onSelectSite={onSelectSite} onOpenCluster={onOpenCluster} />
        ))}
      </svg>
    </div>
  );
}

const Mark = memo(function Mark({
  mark,
  language,
  onSelectSite,
  onOpenCluster,
}: {
  mark: PictureMark;
  language: Language;
  onSelectSite: (siteId: string) => void;
  onOpenCluster: (mark: PictureMark) => void;
}) {
  const half = MARK_SIZE / 2;
  const transform = `translate(${mark.x - half} ${mark.y - half})`;
  if (mark.count > 1) {
    return (
      <g className="map-preview__site map-preview__cluster" transform={transform} onClick={() => onOpenCluster(mark)}>
        <circle cx={half} cy={half} r={half + 1} fill={NEUTRAL_COLOUR} stroke={HALO_COLOUR} strokeWidth="1.5" />
        <text x={half} y={half + 3} textAnchor="middle" fontSize="8" fontWeight="700" fill="#ffffff">
          {formatNumber(mark.count, language)}
        </text>
      </g>
    );
  }
  const { outline, leftHalf } = shapePaths(DOMAIN_SHAPES[mark.domain], MARK_SIZE, 1.5);
  const colour = DOMAIN_COLOURS[mark.domain];
  const fill = STATUS_FILLS[mark.status];
  return (
    <g className="map-preview__site" transform={transform} data-site-id={mark.siteId} onClick={() => onSelectSite(mark.siteId)}>
      {/* A wider, invisible target: a finger is larger than the symbol. */}
      <circle className="map-preview__target" cx={half} cy={half} r={half + 5} />
      <path d={outline} fill="none" stroke={HALO_COLOUR} strokeWidth="3" strokeLinejoin="round" />
      <path d={outline} fill={fill === 'full' ? colour : '#ffffff'} />
      {fill === 'half' ? <path d={leftHalf} fill={colour} /> : null}
      <path d={outline} fill="none" stroke={colour} strokeWidth="1.5" strokeLinejoin="round" />
    </g>
  );
});
