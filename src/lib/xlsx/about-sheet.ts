/**
 * The second sheet of every Excel download, "Om datan" / "About the data": what the first sheet
 * shows, the dataset and its publisher, the sources, the licence, when the data was updated, a
 * citation and the link that opens the same view. Pure, so it is unit-tested without a writer.
 */
import { formatDate } from '../../core/format';
import type { Language } from '../../i18n/language';
import { pickText } from '../../core/text';
import type { Link, Meta } from '../../contract/schemas';
import { plainCitation, type CitationOptions } from '../../core/citation';
import { text, type XlsxCell, type XlsxSheet } from './workbook';
import { xlsxMessages } from './xlsx-messages';

export interface AboutInput {
  meta: Meta;
  language: Language;
  /** What the data sheet holds, in a sentence ("Indikatorer per stadsdel, filtrerade på …"). */
  contents: string;
  /** The distinct sources of what is shown. */
  sources: ReadonlyArray<Link>;
  /** The address of the view the file was downloaded from (same filters, range and language). */
  viewUrl: string;
  /** When the file was made (the reader's "today"). */
  downloaded: Date;
  /** Extra lines (label, text), e.g. the unit or what the columns mean. */
  extra?: ReadonlyArray<readonly [string, string]>;
  /** What the page's cite block cites (an indicator, Kolada's attribution), so both print one citation. */
  citation?: Omit<CitationOptions, 'siteUrl'>;
}

function linkText(link: Link): string {
  return link.url ? `${link.name} (${link.url})` : link.name;
}

export function aboutSheet({ meta, language, contents, sources, viewUrl, downloaded, extra = [], citation = {} }: AboutInput): XlsxSheet {
  const t = xlsxMessages[language];
  const lines: Array<readonly [string, string]> = [
    [t.view, contents],
    [t.dataset, pickText(meta.title, language)],
    [t.publisher, linkText(meta.publisher)],
    ...sources.map((source) => [t.source, linkText(source)] as const),
    [t.licence, linkText(meta.licence)],
    [t.updated, formatDate(meta.updated, language)],
    [t.downloaded, formatDate(downloaded.toISOString(), language)],
    ...(meta.isSample ? [[t.sample, pickText(meta.sampleNote, language) || t.sampleDefault] as const] : []),
    ...extra,
    [t.citation, plainCitation(meta, language, { ...citation, siteUrl: viewUrl })],
    [t.link, viewUrl],
  ];
  return {
    name: t.aboutSheet,
    headers: [t.aboutItem, t.aboutValue],
    rows: lines.map(([label, value]): XlsxCell[] => [text(label), text(value)]),
  };
}
