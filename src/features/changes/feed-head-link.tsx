import { useEffect } from 'react';
import { useMessages } from '../../i18n/messages';
import { FEED_DOCUMENT } from '../../lib/api/changes';
import { documentUrl } from '../../lib/api/client';
import { useDataBaseUrl } from '../../lib/api/hooks';
import { changesMessages } from './changes-messages';

/**
 * `<link rel="alternate" type="application/atom+xml">` in the document head, so feed readers and
 * browsers find the changes feed from any page. The feed sits beside the data documents, whose
 * base comes from config.json at run time, hence added here rather than in index.html.
 */
export function FeedHeadLink() {
  const baseUrl = useDataBaseUrl();
  const { feedTitle } = useMessages(changesMessages);
  useEffect(() => {
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.type = 'application/atom+xml';
    link.title = feedTitle;
    link.href = documentUrl(baseUrl, FEED_DOCUMENT);
    document.head.append(link);
    return () => link.remove();
  }, [baseUrl, feedTitle]);
  return null;
}
