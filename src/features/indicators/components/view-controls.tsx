import { useId } from 'react';
import { useMessages } from '../../../i18n/messages';
import { indicatorsMessages } from '../indicators-messages';
import type { SeriesInfo } from '../utils/describe-series';

interface ViewControlsProps {
  span: { first: number; last: number };
  from: number;
  to: number;
  series: ReadonlyArray<SeriesInfo>;
  visibleKeys: ReadonlySet<string>;
  /** Only the bound that changed (and the other one when it would be crossed). */
  onRange: (range: { from?: number; to?: number }) => void;
  onSeries: (keys: string[]) => void;
}

/** The time range (two year selects) and the series (checkboxes: districts, then pilot sites). */
export function ViewControls({ span, from, to, series, visibleKeys, onRange, onSeries }: ViewControlsProps) {
  const t = useMessages(indicatorsMessages);
  const id = useId();
  const years = Array.from({ length: span.last - span.first + 1 }, (_, index) => span.first + index);
  const districts = series.filter((item) => item.kind === 'area');
  const references = series.filter((item) => item.kind === 'reference');
  const sites = series.filter((item) => item.kind === 'site');
  const toggle = (key: string, checked: boolean) => {
    // Keep the series order of the page, whatever order they were ticked in.
    onSeries(series.filter((item) => (item.key === key ? checked : visibleKeys.has(item.key))).map((item) => item.key));
  };
  const checkbox = (item: SeriesInfo) => (
    <label key={item.key} className="checkbox">
      <input type="checkbox" checked={visibleKeys.has(item.key)} onChange={(event) => toggle(item.key, event.target.checked)} />
      <span className={`series-swatch ts-series--${item.kind === 'reference' ? 'reference' : item.colorIndex % 6}`} aria-hidden="true" />
      {item.kind === 'site' ? `${item.name} (${item.areaName})` : item.kind === 'reference' ? t.referenceName(item.name) : item.name}
    </label>
  );

  return (
    <div className="view-controls no-print">
      <fieldset className="view-controls__range">
        <legend>{t.rangeLegend}</legend>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t.rangeFrom}</label>
          <select
            id={`${id}-from`}
            value={from}
            onChange={(event) => {
              const year = Number(event.target.value);
              onRange(year > to ? { from: year, to: year } : { from: year });
            }}
          >
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t.rangeTo}</label>
          <select
            id={`${id}-to`}
            value={to}
            onChange={(event) => {
              const year = Number(event.target.value);
              onRange(year < from ? { from: year, to: year } : { to: year });
            }}
          >
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <fieldset className="view-controls__series">
        <legend>{t.seriesLegend}</legend>
        <div className="checkbox-list">{districts.map(checkbox)}</div>
        {references.length > 0 ? (
          <fieldset className="view-controls__sites">
            <legend>{t.seriesReferences}</legend>
            <div className="checkbox-list">{references.map(checkbox)}</div>
          </fieldset>
        ) : null}
        {sites.length > 0 ? (
          <fieldset className="view-controls__sites">
            <legend>{t.seriesSites}</legend>
            <div className="checkbox-list">{sites.map(checkbox)}</div>
          </fieldset>
        ) : null}
      </fieldset>
    </div>
  );
}
