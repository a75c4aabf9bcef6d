import { useMessages } from '../../../i18n/messages';
import { forecastMessages } from '../forecast-messages';

/** The forecast's two legend entries, under the chart's legend: the dashed line and its band. */
export function ProjectionLegend() {
  const t = useMessages(forecastMessages);
  return (
    <div className="chart-legend chart-legend--projection">
      <ul>
        <li>
          <svg width={32} height={14} aria-hidden="true" focusable="false">
            <line x1="0" y1="7" x2="32" y2="7" className="legend-projection" strokeDasharray="3 4" />
          </svg>
          {t.legendProjection}
        </li>
        <li>
          <svg width={32} height={14} aria-hidden="true" focusable="false">
            <rect x="0" y="2" width="32" height="10" className="legend-band" />
          </svg>
          {t.legendBand}
        </li>
      </ul>
    </div>
  );
}
