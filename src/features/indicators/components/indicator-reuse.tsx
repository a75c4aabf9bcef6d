import { useMemo } from 'react';
import { useLocation } from 'react-router';
import { AskAbout } from '../../../components/ask-about';
import { CiteBlock } from '../../../components/cite-block';
import { DatasetDownload } from '../../../components/dataset-download';
import { useLocalizedPath } from '../../../components/localized-link';
import { paths } from '../../../core/paths';
import { useLanguage } from '../../../i18n/language';
import { pickText } from '../../../core/text';
import { useMeta } from '../../../lib/api/hooks';
import type { Indicator, ObservationsDocument } from '../../../contract/schemas';
import type { CitedIndicator } from '../../../core/citation';
import { RELEASE_PARAM, releaseFromSearch } from '../../../lib/api/releases';
import { pageAddress } from '../../../lib/feedback/feedback';

/**
 * The end of an indicator page: the whole dataset as one zip, how to cite this indicator (with
 * its source, and "Källa: Kolada" when a series comes from Kolada) and "Ask about this".
 */
export function IndicatorReuse({ indicator, observations }: { indicator: Indicator; observations: Pick<ObservationsDocument, 'series'> }) {
  const meta = useMeta();
  const language = useLanguage();
  const localize = useLocalizedPath();
  // An earlier release is cited at its own permanent address (the version is its meta.updated).
  const release = releaseFromSearch(useLocation().search);
  const path = `${localize(paths.indicator(indicator.id))}${release ? `?${RELEASE_PARAM}=${release}` : ''}`;
  const metaUrl = meta.data?.url;
  const cited = useMemo<CitedIndicator>(
    () => ({
      id: indicator.id,
      name: indicator.name,
      source: indicator.source,
      seriesSourceNames: observations.series.flatMap((series) => (series.source ? [series.source.name] : [])),
      url: metaUrl ? new URL(path.replace(/^\//, ''), metaUrl).href : pageAddress(new URL(path, window.location.origin).href),
    }),
    [indicator, observations, metaUrl, path],
  );
  return (
    <>
      <DatasetDownload />
      {meta.data ? <CiteBlock meta={meta.data} indicator={cited} /> : null}
      <AskAbout about={{ kind: 'indicator', id: indicator.id, name: pickText(indicator.name, language) }} />
    </>
  );
}
