import { formatDate } from '../../../core/format';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import type { ObservationsDocument } from '../../../contract/documents';
import type { Indicator } from '../../../contract/schemas';
import { indicatorsMessages } from '../indicators-messages';
import { formatIndicatorPeriod } from '../utils/format';

/**
 * When the values were read: the latest `source.retrievedAt` of the series (standard sources),
 * otherwise the latest period with a value. Undefined when there is neither.
 */
export function staleValuesFrom(document: ObservationsDocument): { retrievedAt: string } | { period: string } | undefined {
  const retrieved = document.series.flatMap((series) => (series.source ? [series.source.retrievedAt] : [])).sort((a, b) => Date.parse(a) - Date.parse(b));
  const latestRetrieved = retrieved.at(-1);
  if (latestRetrieved !== undefined) return { retrievedAt: latestRetrieved };
  const periods = document.series.flatMap((series) => series.points.filter((point) => point.value !== null).map((point) => point.period)).sort();
  const latestPeriod = periods.at(-1);
  return latestPeriod === undefined ? undefined : { period: latestPeriod };
}

/** The last data build could not read this indicator's source, so its values are older (`stale`). */
export function StaleNotice({ indicator, observations }: { indicator: Indicator; observations: ObservationsDocument }) {
  const t = useMessages(indicatorsMessages);
  const language = useLanguage();
  if (!observations.stale) return null;
  const from = staleValuesFrom(observations);
  const valuesFrom =
    from === undefined
      ? '–'
      : 'retrievedAt' in from
        ? formatDate(from.retrievedAt, language)
        : formatIndicatorPeriod(from.period, indicator.frequency, language);
  const text = observations.staleSince ? t.staleNotice(formatDate(observations.staleSince, language), valuesFrom) : t.staleNoticeUndated(valuesFrom);
  return (
    <div className="notice notice--warning stale-notice" role="note">
      <p>{text}</p>
    </div>
  );
}
