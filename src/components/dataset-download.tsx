import { useAppConfig } from '../config/config-context';
import { formatNumber } from '../core/format';
import { useLanguage, type Language } from '../i18n/language';
import { useMessages } from '../i18n/messages';
import { documentUrl } from '../lib/api/client';
import { useDownloads } from '../lib/api/downloads';
import { datasetToolsMessages } from './dataset-tools-messages';
import './dataset-tools.css';

/** "52 kB", "1,4 MB" (decimal units, as file managers show them). */
export function formatFileSize(bytes: number, language: Language): string {
  const t = datasetToolsMessages[language];
  if (bytes < 1_000_000) return t.kilobytes(formatNumber(Math.max(1, Math.round(bytes / 1000)), language));
  return t.megabytes(formatNumber(bytes / 1_000_000, language, 1));
}

/**
 * The link to the zip of the whole dataset, with its size, from `download.json`. Renders nothing
 * while it loads or when the dataset has no zip (an optional file).
 */
export function DatasetDownload() {
  const t = useMessages(datasetToolsMessages);
  const language = useLanguage();
  const { dataBaseUrl } = useAppConfig();
  const downloads = useDownloads();
  if (!downloads.data) return null;
  const { zip } = downloads.data;
  return (
    <div className="dataset-download">
      <p>
        <a className="dataset-download__link" href={documentUrl(dataBaseUrl, zip.fileName)} download={zip.fileName} type="application/zip">
          {t.downloadAll(formatFileSize(zip.bytes, language))}
        </a>
      </p>
      <p className="dataset-download__note">{t.downloadAllNote}</p>
    </div>
  );
}
