import { useAppConfig } from '../config/config-context';
import { useMessages } from '../i18n/messages';
import { documentUrl } from '../lib/api/client';
import { useDownloads } from '../lib/api/downloads';
import { datasetToolsMessages } from './dataset-tools-messages';

/**
 * `<link rel="alternate" type="application/rdf+xml">` to the DCAT-AP-SE description named in
 * download.json, hoisted into <head> by React 19, so tools find the catalogue from any page.
 * (dataportal.se itself harvests the file's URL registered with it; see README.)
 */
export function DatasetAlternateLink() {
  const t = useMessages(datasetToolsMessages);
  const { dataBaseUrl } = useAppConfig();
  const downloads = useDownloads();
  const dcat = downloads.data?.dcat;
  if (!dcat) return null;
  return <link rel="alternate" type="application/rdf+xml" href={documentUrl(dataBaseUrl, dcat.fileName)} title={t.dcatTitle} />;
}
