import { useEffect, useState } from 'react';
import { useMessages } from '../../i18n/messages';
import { qrSvg } from './qr-svg';
import { summaryMessages } from './summary-messages';

/** The QR code's size on screen and paper, in CSS pixels (about 24 mm printed). */
const QR_SIZE = 92;

/**
 * Renders `url` as a QR code: an SVG from the `qrcode` library, made in a worker (`qr-svg.ts`;
 * only the summary route fetches it), shown as an <img> with the link as alt text.
 * Until it is ready (or if it fails) an empty box of the same size keeps the layout still; the
 * link as text is always beside it.
 */
export function QrCode({ url, alt }: { url: string; alt: string }) {
  const [image, setImage] = useState<{ url: string; src: string } | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    qrSvg(url)
      .then((svg) => {
        if (!cancelled) setImage({ url, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
      })
      .catch(() => {
        // The link text stays; a missing picture is not worth an error on the page.
      });
    return () => {
      cancelled = true;
    };
  }, [url]);
  if (!image || image.url !== url) return <span className="summary-share__qr summary-share__qr--pending" aria-hidden="true" />;
  return <img className="summary-share__qr" src={image.src} alt={alt} width={QR_SIZE} height={QR_SIZE} />;
}

/** The link back to the same view (language, topic, comparison), as text and as a QR code. */
export function ShareBlock({ url }: { url: string }) {
  const t = useMessages(summaryMessages);
  return (
    <section className="summary-share" aria-labelledby="summary-share-heading">
      <div className="summary-share__text">
        <h2 id="summary-share-heading" className="summary-share__heading">
          {t.shareHeading}
        </h2>
        <p className="summary-share__url">
          <a href={url}>{url}</a>
        </p>
        <p className="summary-share__hint no-print">{t.shareText}</p>
      </div>
      <QrCode url={url} alt={t.qrAlt(url)} />
    </section>
  );
}
