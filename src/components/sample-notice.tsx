import type { Meta } from '../lib/api/schemas';
import { useLanguage } from '../i18n/language';
import { useMessages } from '../i18n/messages';
import { pickText } from '../i18n/text';
import { commonMessages } from './common-messages';

/** Shown on every page while the dataset says some figures are illustrative. */
export function SampleNotice({ meta }: { meta: Meta }) {
  const t = useMessages(commonMessages);
  const language = useLanguage();
  if (!meta.isSample) return null;
  return (
    <aside className="notice notice--sample" aria-label={t.sampleNoticeTitle}>
      <p>
        <strong>{t.sampleNoticeTitle}:</strong> {pickText(meta.sampleNote, language) || t.sampleNoticeDefault}
      </p>
    </aside>
  );
}
