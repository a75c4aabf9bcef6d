import { useState } from 'react';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { indicatorsMessages } from '../indicators-messages';
import { CSV_TYPE, JSON_TYPE, saveTextFile, toJsonText } from '../utils/downloads';

interface DownloadButtonsProps {
  /** File name without extension. */
  baseName: string;
  /** How many rows the files hold (said next to the buttons, like OWID's download modal). */
  rowCount: number;
  /** Builds the CSV text (papaparse is loaded on demand). */
  csv: () => Promise<string>;
  /** Builds the JSON value. */
  json: () => unknown;
  className?: string;
}

/** CSV and JSON of exactly what is shown, with a polite status message for screen readers. */
export function DownloadButtons({ baseName, rowCount, csv, json, className }: DownloadButtonsProps) {
  const t = useMessages(indicatorsMessages);
  const language = useLanguage();
  const [message, setMessage] = useState('');

  const downloadCsv = async () => {
    setMessage(t.downloadPreparing);
    const text = await csv();
    saveTextFile(`${baseName}.csv`, text, CSV_TYPE);
    setMessage(t.downloadDone(`${baseName}.csv`));
  };
  const downloadJson = () => {
    saveTextFile(`${baseName}.json`, toJsonText(json()), JSON_TYPE);
    setMessage(t.downloadDone(`${baseName}.json`));
  };

  return (
    <div className={['downloads', className].filter(Boolean).join(' ')}>
      <button type="button" className="button button--secondary" onClick={() => void downloadCsv()}>
        <DownloadIcon />
        {t.downloadCsv}
      </button>
      <button type="button" className="button button--secondary" onClick={downloadJson}>
        <DownloadIcon />
        {t.downloadJson}
      </button>
      <span className="downloads__hint muted">{t.downloadRowsHint(formatNumber(rowCount, language))}</span>
      <span className="visually-hidden" role="status">
        {message}
      </span>
    </div>
  );
}

function DownloadIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M8 2v8M4.5 6.5L8 10l3.5-3.5M2.5 13.5h11" />
    </svg>
  );
}
