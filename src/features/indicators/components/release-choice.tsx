import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useAppConfig } from '../../../config/config-context';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { RELEASE_PARAM, releaseFromSearch, releasesQueryOptions } from '../../../lib/api/releases';
import { formatReleaseId } from '../../../core/release-date';
import { useSearchState } from '../../../lib/url/use-search-state';
import { indicatorsMessages } from '../indicators-messages';
import { releaseMessages } from '../release-messages';

/**
 * "Visa som publicerat: [20 maj 2026 ▾]": the releases of releases.json, newest first, and a clear
 * banner while an earlier one is shown. The choice lives in the URL (`?release=`), which points
 * the page's documents at that release (useDataBaseUrl). Nothing is shown for a dataset with
 * fewer than two releases.
 */
export function ReleaseChoice() {
  const t = useMessages(releaseMessages);
  const shared = useMessages(indicatorsMessages);
  const language = useLanguage();
  const id = useId();
  const { dataBaseUrl } = useAppConfig();
  const releases = useQuery(releasesQueryOptions(dataBaseUrl)).data;
  // The one URL-state hook: the select shows the choice at once, and the change builds on the
  // latest query, so a view change made in the same tick (range, tab) is kept. Every document
  // query reads its base from the URL (useDataBaseUrl), so the page reloads that release's data.
  const [params, update] = useSearchState();
  if (!releases || releases.releases.length < 2) return null;
  const chosen = releaseFromSearch(params.toString());
  const shown = chosen ?? releases.latest;
  const choose = (release: string) =>
    update((latest) => {
      const next = new URLSearchParams(latest);
      if (release === releases.latest) next.delete(RELEASE_PARAM);
      else next.set(RELEASE_PARAM, release);
      return next;
    });
  return (
    <div className="release-choice no-print">
      {chosen !== undefined && chosen !== releases.latest ? (
        <p className="release-banner" role="status">
          <strong>{shared.releaseBanner(formatReleaseId(chosen, language))}</strong>
          {' — '}
          <button type="button" className="release-banner__latest" onClick={() => choose(releases.latest)}>
            {t.releaseSeeLatest}
          </button>
        </p>
      ) : null}
      <label htmlFor={id}>{t.releaseLabel}</label>{' '}
      <select id={id} value={shown} onChange={(event) => choose(event.target.value)}>
        {[...releases.releases].reverse().map((release) => {
          const date = formatReleaseId(release.id, language);
          return (
            <option key={release.id} value={release.id}>
              {release.id === releases.latest ? t.releaseLatest(date) : date}
            </option>
          );
        })}
      </select>
    </div>
  );
}
