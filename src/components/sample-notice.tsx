import type { Meta } from '../contract/schemas';
import { useLanguage } from '../i18n/language';
import { useMessages } from '../i18n/messages';
import { pickText, textLanguage } from '../core/text';
import { commonMessages } from './common-messages';

/**
 * Shown on every page while the dataset says some figures are illustrative. On a phone the
 * dataset's (often long) note folds into "Which figures?" under a one-line summary, so it does
 * not push every page's content below the fold; wider screens and print show it in full.
 */
export function SampleNotice({ meta }: { meta: Meta }) {
  const t = useMessages(commonMessages);
  const language = useLanguage();
  if (!meta.isSample) return null;
  const note = pickText(meta.sampleNote, language);
  if (!note) {
    return (
      <aside className="notice notice--sample" aria-label={t.sampleNoticeTitle}>
        <p>
          <strong>{t.sampleNoticeTitle}:</strong> {t.sampleNoticeDefault}
        </p>
      </aside>
    );
  }
  const noteLanguage = textLanguage(meta.sampleNote, language);
  return (
    <aside className="notice notice--sample" aria-label={t.sampleNoticeTitle}>
      <p className="notice--sample__full">
        <strong>{t.sampleNoticeTitle}:</strong> <span lang={noteLanguage}>{note}</span>
      </p>
      <div className="notice--sample__folded">
        <p>
          <strong>{t.sampleNoticeTitle}:</strong> {t.sampleNoticeShort}
        </p>
        <details>
          <summary>{t.sampleNoticeMore}</summary>
          <p lang={noteLanguage}>{note}</p>
        </details>
      </div>
    </aside>
  );
}
