import { formatReleaseId } from '../../../core/release-date';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { releaseFromSearch } from '../../../lib/api/releases';
import { useSearchState } from '../../../lib/url/use-search-state';
import { indicatorsMessages } from '../indicators-messages';

/**
 * The embed's one line for a pinned release: an embed on another site keeps showing the data as
 * published that day, and says so, without the page's release list.
 */
export function ReleaseNote() {
  const t = useMessages(indicatorsMessages);
  const language = useLanguage();
  const [params] = useSearchState();
  const pinned = releaseFromSearch(params.toString());
  return pinned === undefined ? null : <p className="release-banner release-banner--note">{t.releaseBanner(formatReleaseId(pinned, language))}</p>;
}
