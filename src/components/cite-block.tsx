import { useId, useState } from 'react';
import { useLanguage } from '../i18n/language';
import { useMessages } from '../i18n/messages';
import type { Meta } from '../contract/schemas';
import { bibtexCitation, plainCitation, type CitedIndicator } from '../core/citation';
import { usePageOrigin } from '../lib/dom/use-hydrated';
import { datasetToolsMessages } from './dataset-tools-messages';
import './dataset-tools.css';

interface CiteBlockProps {
  meta: Meta;
  /** Cite one indicator (its name, page and source) instead of the whole dataset. */
  indicator?: CitedIndicator;
  /** Any value cited comes from Kolada (adds "Källa: Kolada"). */
  kolada?: boolean;
  headingLevel?: 2 | 3;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** "Citera"/"Cite": the plain citation and BibTeX, each with a copy button. */
export function CiteBlock({ meta, indicator, kolada, headingLevel = 2 }: CiteBlockProps) {
  const t = useMessages(datasetToolsMessages);
  const language = useLanguage();
  const headingId = useId();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | undefined>();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // Without meta.url the dataset is cited at the address the dashboard is served from (known once hydrated).
  const origin = usePageOrigin();
  const siteUrl = origin ? new URL(import.meta.env.BASE_URL, origin).href : undefined;
  const options = { ...(indicator ? { indicator } : {}), ...(kolada !== undefined ? { kolada } : {}), siteUrl };
  const citation = plainCitation(meta, language, options);
  const bibtex = bibtexCitation(meta, language, options);
  const copy = async (text: string) => {
    const ok = await copyText(text);
    setStatus({ ok, text: ok ? t.copied : t.copyFailed });
  };
  return (
    <section className="cite-block" aria-labelledby={headingId}>
      <Heading id={headingId}>{t.citeHeading}</Heading>
      <p>{indicator ? t.citeIntroIndicator : t.citeIntroDataset}</p>
      <p className="cite-block__citation">{citation}</p>
      {citation.includes('Kolada') ? <p className="cite-block__note">{t.koladaNote}</p> : null}
      <div className="cite-block__actions">
        <button type="button" className="button button--secondary" onClick={() => void copy(citation)}>
          {t.copyCitation}
        </button>
        <p role="status" className={status && !status.ok ? 'cite-block__status cite-block__status--error' : 'cite-block__status'}>
          {status?.text ?? ''}
        </p>
      </div>
      <details className="cite-block__bibtex">
        <summary>{t.bibtexSummary}</summary>
        <pre>
          <code>{bibtex}</code>
        </pre>
        <button type="button" className="button button--secondary" onClick={() => void copy(bibtex)}>
          {t.copyBibtex}
        </button>
      </details>
    </section>
  );
}
