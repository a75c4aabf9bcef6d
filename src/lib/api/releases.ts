/**
 * Earlier releases (docs/data-api.md "Releases"): `?release=<id>` in the page's URL points every
 * document query at `<base>releases/<id>/`, so a shared link, an embed and a citation show the
 * data as it was published that day. The base URL is part of every query key, so documents of
 * different releases never mix in the cache. The internal base keeps releases of its own (same
 * dates, own numbering); a signed-in reader of a pinned page sees the internal data as it was then.
 */
import { queryOptions } from '@tanstack/react-query';
import { fetchDocument } from './client';
import { documentQuery } from './queries';
import { releaseIdSchema, releasesDocumentSchema, type ReleasesDocument } from '../../contract/schemas';

export const RELEASE_PARAM = 'release';

/** The release a URL's search asks for, when it is a well-formed release id. */
export function releaseFromSearch(search: string): string | undefined {
  const id = new URLSearchParams(search).get(RELEASE_PARAM);
  return id !== null && releaseIdSchema.safeParse(id).success ? id : undefined;
}

/** The base URL of one release's documents. */
export function releaseBaseUrl(baseUrl: string, id: string): string {
  return `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}releases/${id}/`;
}

/** releases.json of the (latest) base; optional: a dataset without it offers no earlier releases. */
export const releasesQueryOptions = (baseUrl: string) =>
  queryOptions({
    queryKey: ['data', baseUrl, 'releases.json'] as const,
    queryFn: async ({ signal }): Promise<ReleasesDocument> => releasesDocumentSchema.parse(await fetchDocument(baseUrl, 'releases.json', signal)),
    staleTime: 5 * 60_000,
    retry: false,
  });

/** releases.json of the internal base (with the session cookie, under the internal key root). */
export const internalReleasesQueryOptions = (internalBaseUrl: string) =>
  documentQuery(internalBaseUrl, 'releases.json', (json): ReleasesDocument => releasesDocumentSchema.parse(json), { internal: true });

/**
 * The internal release that was current when the public release `pinned` was published: the
 * last internal one whose update is no later than that release's. Internal and public releases
 * of one build share the build's date, but the internal base may have releases the public one
 * lacks (only internal data changed), so ids alone do not line up. undefined when the public
 * release is unknown or the internal base had no release yet.
 */
export function internalReleaseFor(pinned: string, publicReleases: ReleasesDocument, internalReleases: ReleasesDocument): string | undefined {
  const published = publicReleases.releases.find((release) => release.id === pinned);
  if (!published) return undefined;
  const until = Date.parse(published.updated);
  return internalReleases.releases.filter((release) => Date.parse(release.updated) <= until).at(-1)?.id;
}
