import { useState } from 'react';
import { formatNumber } from '../core/format';
import { useLanguage } from '../i18n/language';
import { useMessages } from '../i18n/messages';
import { CSV_TYPE, JSON_TYPE, saveBlob, saveTextFile, toJsonText } from '../lib/downloads/files';
import type { XlsxWorkbook } from '../lib/xlsx/workbook';
import { downloadMessages } from './download-messages';
import './download-buttons.css';
import { LineIcon } from './line-icon';

interface DownloadButtonsProps {
  /** File name without extension. */
  baseName: string;
  /** How many rows the files hold (said next to the buttons, like OWID's download modal). */
  rowCount: number;
  /**
   * Builds the workbook for the Excel file. Async so the builder can be imported on demand too;
   * the writer itself is loaded only when the button is pressed.
   */
  excel?: () => Promise<XlsxWorkbook>;
  /** Builds the CSV text (papaparse is loaded on demand). */
  csv: () => Promise<string>;
  /** Builds the JSON value (or a promise of it, when its builder is imported on demand). */
  json?: () => unknown;
  /** Draws the chart as shown as a picture file (its builder is imported on demand). */
  image?: (format: 'png' | 'svg') => Promise<Blob>;
  className?: string;
}

/**
 * Excel, CSV and JSON of exactly what is shown, with a polite status message for screen
 * readers. Excel is for people (Swedish Excel opens it right: number cells, percentages, text
 * periods); CSV is the machine format (comma, decimal point, full precision) and says so.
 */
export function DownloadButtons({ baseName, rowCount, excel, csv, json, image, className }: DownloadButtonsProps) {
  const t = useMessages(downloadMessages);
  const language = useLanguage();
  const [message, setMessage] = useState({ text: '', failed: false });

  const run = async (fileName: string, save: () => Promise<void> | void) => {
    setMessage({ text: t.preparing, failed: false });
    try {
      await save();
      setMessage({ text: t.done(fileName), failed: false });
    } catch {
      // E.g. the writer's chunk could not be fetched (offline, new deployment): say so visibly.
      setMessage({ text: t.failed(fileName), failed: true });
    }
  };

  const downloadExcel = (build: () => Promise<XlsxWorkbook>) =>
    run(`${baseName}.xlsx`, async () => {
      // The writer (write-excel-file) is fetched only now, never on a page's critical path.
      const [workbook, { workbookBlob }] = await Promise.all([build(), import('../lib/xlsx/write-workbook')]);
      saveBlob(`${baseName}.xlsx`, await workbookBlob(workbook));
    });
  const downloadCsv = () => run(`${baseName}.csv`, async () => saveTextFile(`${baseName}.csv`, await csv(), CSV_TYPE));
  const downloadImage = (build: NonNullable<typeof image>, format: 'png' | 'svg') =>
    run(`${baseName}.${format}`, async () => saveBlob(`${baseName}.${format}`, await build(format)));
  const downloadJson = (build: () => unknown) => run(`${baseName}.json`, async () => saveTextFile(`${baseName}.json`, toJsonText(await build()), JSON_TYPE));

  return (
    <div className={['downloads', className].filter(Boolean).join(' ')} role="group" aria-label={t.groupLabel}>
      {excel ? (
        <button type="button" className="button button--secondary" onClick={() => void downloadExcel(excel)} aria-label={`${t.downloadPrefix} ${t.excel}`}>
          <DownloadIcon />
          {t.excel}
        </button>
      ) : null}
      <button type="button" className="button button--secondary" onClick={() => void downloadCsv()} aria-label={`${t.downloadPrefix} ${t.csv}`}>
        <DownloadIcon />
        {t.csv}
      </button>
      {json ? (
        <button type="button" className="button button--secondary" onClick={() => void downloadJson(json)} aria-label={`${t.downloadPrefix} ${t.json}`}>
          <DownloadIcon />
          {t.json}
        </button>
      ) : null}
      {image
        ? (['png', 'svg'] as const).map((format) => {
            const label = format === 'png' ? t.imagePng : t.imageSvg;
            return (
              <button
                key={format}
                type="button"
                className="button button--secondary"
                onClick={() => void downloadImage(image, format)}
                aria-label={`${t.downloadPrefix} ${label}`}
              >
                <DownloadIcon />
                {label}
              </button>
            );
          })
        : null}
      <span className="downloads__hint muted">{t.rowsHint(formatNumber(rowCount, language))}</span>
      <span className={message.failed ? 'downloads__error' : 'visually-hidden'} role="status">
        {message.text}
      </span>
    </div>
  );
}

function DownloadIcon() {
  return (
    <LineIcon>
      <path d="M8 2v8M4.5 6.5L8 10l3.5-3.5M2.5 13.5h11" />
    </LineIcon>
  );
}
