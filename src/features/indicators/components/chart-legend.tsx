import type { ReactNode } from 'react';
import { useMessages } from '../../../i18n/messages';
import { indicatorsMessages } from '../indicators-messages';
import type { SeriesInfo } from '../utils/describe-series';

/** One legend entry: a small decorative SVG drawing the mark (hidden from assistive technology), then its text. */
function LegendItem({
  width = 16,
  height = 14,
  swatchClassName,
  className,
  swatch,
  children,
}: {
  width?: number;
  height?: number;
  swatchClassName?: string;
  className?: string;
  swatch: ReactNode;
  children: ReactNode;
}) {
  return (
    <li className={className}>
      <svg width={width} height={height} aria-hidden="true" focusable="false" className={swatchClassName}>
        {swatch}
      </svg>
      {children}
    </li>
  );
}

/** The legend, in HTML beside the SVG: series (colour and marker shape), target path, markers, quality, events. */
export function ChartLegend({
  series,
  hasTargets,
  hasNotMeasured,
  hasEvents,
}: {
  series: ReadonlyArray<SeriesInfo>;
  hasTargets: boolean;
  hasNotMeasured: boolean;
  hasEvents: boolean;
}) {
  const t = useMessages(indicatorsMessages);
  return (
    <div className="chart-legend">
      <h3 className="visually-hidden">{t.legendHeading}</h3>
      <ul>
        {series.map((item, index) =>
          item.kind === 'reference' ? (
            <LegendItem
              key={item.key}
              className="chart-legend__reference"
              width={32}
              swatchClassName="ts-series--reference"
              swatch={<line x1="0" y1="7" x2="32" y2="7" className="legend-line" strokeWidth={1.5} strokeDasharray="6 4" />}
            >
              {t.referenceName(item.name)}
            </LegendItem>
          ) : (
            <LegendItem
              key={item.key}
              width={32}
              swatchClassName={`ts-series--${item.colorIndex % 6}`}
              swatch={
                <>
                  <line x1="0" y1="7" x2="32" y2="7" className="legend-line" strokeWidth={item.kind === 'area' ? 2.5 : 1.5} />
                  {index % 2 === 1 ? <rect x="12" y="3" width="8" height="8" className="legend-dot" /> : <circle cx="16" cy="7" r="4" className="legend-dot" />}
                </>
              }
            >
              {item.name}
            </LegendItem>
          ),
        )}
        {hasTargets ? (
          <>
            <LegendItem width={32} swatch={<line x1="0" y1="7" x2="32" y2="7" className="legend-target" strokeDasharray="7 5" />}>
              {t.legendTargetPath}
            </LegendItem>
            <LegendItem swatch={<circle cx="8" cy="7" r="5" className="legend-marker" />}>{t.legendBaseline}</LegendItem>
            <LegendItem height={16} swatch={<path d="M8 1L15 8L8 15L1 8Z" className="legend-marker" />}>
              {t.legendTarget}
            </LegendItem>
          </>
        ) : null}
        {hasNotMeasured ? (
          <>
            <LegendItem swatch={<circle cx="8" cy="7" r="4" className="ts-dot ts-dot--measured legend-quality" />}>{t.legendMeasured}</LegendItem>
            <LegendItem swatch={<circle cx="8" cy="7" r="4" className="ts-dot ts-dot--other legend-quality" />}>{t.legendNotMeasured}</LegendItem>
          </>
        ) : null}
        {hasEvents ? (
          <LegendItem height={16} swatch={<line x1="8" y1="0" x2="8" y2="16" className="legend-event" strokeDasharray="2 3" />}>
            {t.legendEvent}
          </LegendItem>
        ) : null}
      </ul>
    </div>
  );
}
