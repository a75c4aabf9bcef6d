import { useId, useState } from 'react';
import { useHref, useLocation } from 'react-router';
import { IncludeInternalToggle } from '../../../components/include-internal';
import { useLocalizedPath } from '../../../components/localized-link';
import { paths } from '../../../core/paths';
import { escapeXml } from '../../../core/escape-xml';
import { useMessages } from '../../../i18n/messages';
import { shareMessages } from '../share-messages';
import { EMBED_HEIGHT_MESSAGE } from './embed-message';
import { LineIcon } from '../../../components/line-icon';
import { usePageOrigin } from '../../../lib/dom/use-hydrated';

interface SharePanelProps {
  indicatorId: string;
  indicatorName: string;
  /**
   * The view's parameters written out in full (range, series, tab), so the link opens the same
   * view even after new data has moved the defaults. A query string, not URLSearchParams: the
   * panel hydrates after the page, and a prop that keeps its value keeps it from being redrawn.
   */
  search: string;
  /** An internal indicator: the embed code is offered only after "include internal indicators" is ticked. */
  internal?: boolean;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The frame's height before the embed has said how tall it is: the whole embed (title, chart,
 * legend, findings, notice and source line) fits in it from about 480 px wide, the usual column of
 * an article (with the sample data, forecast and source line included: about 1 280 px at 600 px wide). Narrower, the
 * script below takes over.
 */
export const EMBED_HEIGHT = 1400;

/**
 * Sizes the frame to the height the embed posts (embed-page.tsx), so nothing is clipped at any
 * width; it is part of the snippet by default, as Datawrapper's responsive embed code is. A host
 * that strips scripts keeps the iframe and its default height. Matching by window ignores other
 * frames' messages, and several embeds on one page each get their own height.
 */
export const EMBED_RESIZE_SCRIPT = `<script>addEventListener('message',function(e){var d=e.data;if(d&&d.type==='${EMBED_HEIGHT_MESSAGE}'&&d.height>0)document.querySelectorAll('iframe').forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+'px'})})</script>`;

/** The iframe snippet for the embed route with the same range and series, with the sizing script. */
export function embedSnippet(src: string, title: string): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy"></iframe>\n${EMBED_RESIZE_SCRIPT}`;
}

/** "Copy link" (the URL holds the whole view) and the embed code. */
export function SharePanel({ indicatorId, indicatorName, search, internal = false }: SharePanelProps) {
  const [includeInternal, setIncludeInternal] = useState(false);
  const t = useMessages(shareMessages);
  const id = useId();
  const location = useLocation();
  const localize = useLocalizedPath();
  const [linkMessage, setLinkMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const [embedMessage, setEmbedMessage] = useState('');

  const viewQuery = search;
  const viewHref = useHref({ pathname: location.pathname, search: viewQuery ? `?${viewQuery}` : '' });
  const embedSearch = new URLSearchParams(search);
  embedSearch.delete('view');
  if (internal && includeInternal) embedSearch.set('internal', '1');
  const embedQuery = embedSearch.toString();
  const embedHref = useHref(`${localize(paths.embedIndicator(indicatorId))}${embedQuery ? `?${embedQuery}` : ''}`);
  const origin = usePageOrigin();
  const absolute = (href: string) => (origin ? new URL(href, origin).href : href);
  const link = absolute(viewHref);
  const snippet = embedSnippet(absolute(embedHref), t.embedTitle(indicatorName));

  const onCopyLink = async () => {
    const ok = await copyText(link);
    setLinkMessage({ ok, text: ok ? t.linkCopied : t.linkCopyFailed });
  };
  const onCopyEmbed = async () => {
    if (await copyText(snippet)) setEmbedMessage(t.embedCopied);
  };

  return (
    <div className="share-panel no-print">
      <button type="button" className="button button--secondary" onClick={() => void onCopyLink()}>
        <LineIcon>
          <path d="M6.5 9.5l3-3M7 4.5l1.5-1.5a2.8 2.8 0 014 4L11 8.5M9 11.5L7.5 13a2.8 2.8 0 01-4-4L5 7.5" />
        </LineIcon>
        {t.copyLink}
      </button>
      <p className={linkMessage?.ok === false ? 'share-panel__message' : 'visually-hidden'} role="status">
        {linkMessage?.text}
      </p>
      {linkMessage?.ok === false ? (
        <div className="field field--wide">
          <label htmlFor={`${id}-link`}>{t.linkLabel}</label>
          <input id={`${id}-link`} type="text" readOnly value={link} onFocus={(event) => event.target.select()} />
        </div>
      ) : null}
      <details className="share-panel__embed">
        <summary>{t.embedShow}</summary>
        <p>{t.embedHint}</p>
        {internal ? <IncludeInternalToggle checked={includeInternal} onChange={setIncludeInternal} /> : null}
        {!internal || includeInternal ? (
          <>
            <label htmlFor={`${id}-embed`}>{t.embedLabel}</label>
            <textarea id={`${id}-embed`} readOnly rows={3} value={snippet} onFocus={(event) => event.target.select()} />
            <button type="button" className="button button--secondary" onClick={() => void onCopyEmbed()}>
              {t.embedCopy}
            </button>
          </>
        ) : null}
        <span className="visually-hidden" role="status">
          {embedMessage}
        </span>
      </details>
    </div>
  );
}
