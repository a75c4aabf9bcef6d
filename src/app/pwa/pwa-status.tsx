/**
 * The offline notice and the "new version" prompt, rendered in their own small React root
 * (#app-status, outside the page tree) so that they load after first paint and need no change to
 * the layout. The language follows `<html lang>`, which the page tree keeps in step with the URL.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Language } from '../../i18n/language';
import { CACHED_AT_HEADER, DATA_CACHE } from './cache-rules';
import { describeAge, formatFetchedAt, newestStamp } from './offline-age';
import { pwaMessages } from './pwa-messages';
import './pwa-status.css';

/** What the service worker registration tells the status bar. */
export interface UpdateStore {
  subscribe: (listener: () => void) => () => void;
  needsReload: () => boolean;
  reload: () => void;
  dismiss: () => void;
}

function subscribeOnline(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

function subscribeLanguage(listener: () => void) {
  const observer = new MutationObserver(listener);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
}

const readLanguage = (): Language => (document.documentElement.lang === 'en' ? 'en' : 'sv');

/** When the newest stored data document was fetched (from the stamp the service worker adds). */
async function readCachedAt(): Promise<string | undefined> {
  if (!('caches' in window)) return undefined;
  const cache = await caches.open(DATA_CACHE);
  const requests = await cache.keys();
  const responses = await Promise.all(requests.map((request) => cache.match(request)));
  return newestStamp(responses.map((response) => response?.headers.get(CACHED_AT_HEADER)));
}

export function PwaStatus({ updates, now = () => Date.now() }: { updates: UpdateStore; now?: () => number }) {
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine);
  const language = useSyncExternalStore(subscribeLanguage, readLanguage);
  const needsReload = useSyncExternalStore(updates.subscribe, updates.needsReload);
  const [cachedAt, setCachedAt] = useState<string | undefined>();
  const t = pwaMessages[language];

  useEffect(() => {
    if (online) return;
    let current = true;
    readCachedAt().then(
      (stamp) => {
        if (current) setCachedAt(stamp);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [online]);

  return (
    <div className="pwa-status" lang={language}>
      <div role="status">
        {online ? null : (
          <p className="pwa-status__bar pwa-status__bar--offline">
            <strong>{t.offline}</strong> —{' '}
            {cachedAt ? t.showingDataFrom(formatFetchedAt(cachedAt, language), describeAge(now() - Date.parse(cachedAt), language)) : t.showingSavedData}
          </p>
        )}
      </div>
      {needsReload ? (
        <div className="pwa-status__bar pwa-status__bar--update" role="alert">
          <strong>{t.newVersion}</strong> —{' '}
          <button type="button" className="pwa-status__reload" aria-label={t.reloadLabel} onClick={updates.reload}>
            {t.reload}
          </button>
          <button type="button" className="pwa-status__later" onClick={updates.dismiss}>
            {t.later}
          </button>
        </div>
      ) : null}
    </div>
  );
}
