import { useAppConfig } from '../config/config-context';
import { documentUrl } from '../lib/api/client';
import { useDownloads } from '../lib/api/downloads';

/**
 * `<link rel="alternate" type="application/rdf+xml">` to the DCAT-AP-SE description named in
 * download.json, hoisted into <head> by React 19, so tools find the catalogue from any page.
 * (dataportal.se itself harvests the file's URL registered with it; see README.) The title is
 * the profile's name, the same in both languages, so the layout needs no message catalogue.
 */
export function DatasetAlternateLink() {
  const { dataBaseUrl } = useAppConfig();
  const downloads = useDownloads();
  const dcat = downloads.data?.dcat;
  if (!dcat) return null;
  return <link rel="alternate" type="application/rdf+xml" href={documentUrl(dataBaseUrl, dcat.fileName)} title="DCAT-AP-SE" />;
}
