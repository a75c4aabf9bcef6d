import { useId, useState, type FormEvent } from 'react';
import { useAppConfig } from '../../config/config-context';
import { formatNumber } from '../../core/format';
import { useLanguage, type Language } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { pickText } from '../../core/text';
import type { SiteFeature } from '../../contract/schemas';
import type { LonLat } from './geometry';
import { nearMeMessages } from './near-me-messages';
import { firstGeocoderPlace, sitesByDistance } from './near-me';
import { SiteSymbol } from './site-symbol';

const NEAREST = 5;

type State = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'error'; text: string } | { kind: 'found'; from: LonLat; label: string };

function formatDistance(metres: number, language: Language): string {
  return metres < 1000 ? `${formatNumber(Math.round(metres / 10) * 10, language)} m` : `${formatNumber(metres / 1000, language, 1)} km`;
}

/**
 * "Nära mig": the sites nearest the reader's location (the browser's, used here only) or, where
 * the deployment configures a geocoder, an address. The nearest few are buttons that open the
 * site, like the list. Loaded on demand: not part of the map page's first screen's code.
 */
export default function NearMePanel({ sites, onSelect }: { sites: ReadonlyArray<SiteFeature>; onSelect: (site: SiteFeature) => void }) {
  const t = useMessages(nearMeMessages);
  const language = useLanguage();
  const { geocoderUrl } = useAppConfig();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [address, setAddress] = useState('');
  const id = useId();

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setState({ kind: 'error', text: t.nearUnavailable });
      return;
    }
    setState({ kind: 'busy', text: t.nearLocating });
    navigator.geolocation.getCurrentPosition(
      (position) => setState({ kind: 'found', from: [position.coords.longitude, position.coords.latitude], label: t.nearYou }),
      () => setState({ kind: 'error', text: t.nearDenied }),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  const search = async (event: FormEvent) => {
    event.preventDefault();
    const query = address.trim();
    if (!geocoderUrl || !query) return;
    setState({ kind: 'busy', text: t.nearLocating });
    try {
      const url = new URL(geocoderUrl);
      url.searchParams.set('q', query);
      // Nominatim wants these; Photon ignores them.
      url.searchParams.set('format', 'json');
      url.searchParams.set('limit', '1');
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      const place = firstGeocoderPlace(await response.json());
      setState(place ? { kind: 'found', from: place.at, label: query } : { kind: 'error', text: t.nearAddressNotFound });
    } catch {
      setState({ kind: 'error', text: t.nearAddressFailed });
    }
  };

  const nearest = state.kind === 'found' ? sitesByDistance(sites, state.from, NEAREST) : [];
  return (
    <section className="near-me" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="near-me__heading">
        {t.nearHeading}
      </h2>
      <button type="button" className="button button--secondary" onClick={locate}>
        {t.nearButton}
      </button>
      <p className="muted near-me__hint">{t.nearPrivacy}</p>
      {geocoderUrl ? (
        <form className="near-me__address" onSubmit={(event) => void search(event)}>
          <label htmlFor={`${id}-address`}>{t.nearAddressLabel}</label>
          <input id={`${id}-address`} type="search" autoComplete="street-address" value={address} onChange={(event) => setAddress(event.target.value)} />
          <button type="submit" className="button button--secondary">
            {t.nearAddressButton}
          </button>
          <p className="muted near-me__hint">{t.nearAddressPrivacy(new URL(geocoderUrl).host)}</p>
        </form>
      ) : null}
      <div role="status" aria-live="polite">
        {state.kind === 'busy' || state.kind === 'error' ? <p className={state.kind === 'error' ? 'notice' : 'muted'}>{state.text}</p> : null}
        {state.kind === 'found' ? (
          <>
            <p className="near-me__from">{t.nearResults(state.label)}</p>
            <ol className="near-me__list">
              {nearest.map(({ site, metres }) => (
                <li key={site.id}>
                  <button type="button" className="site-list__button" data-near-site-id={site.id} onClick={() => onSelect(site)}>
                    <SiteSymbol domain={site.properties.domain} status={site.properties.status} />
                    <span className="site-list__text">
                      <span className="site-list__name">{pickText(site.properties.name, language)}</span>
                      <span className="site-list__meta">{t.nearDistance(formatDistance(metres, language))}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </div>
    </section>
  );
}
