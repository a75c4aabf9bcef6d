/**
 * Earlier releases (docs/data-api.md "Releases"): `?release=<id>` in the page's URL points every
 * document query at `<base>releases/<id>/`, so a shared link, an embed and a citation show the
 * data as it was published that day. The base URL is part of every query key, so documents of
 * different releases never mix in the cache.
 */
import { queryOptions } from '@tanstack/react-query';
import { fetchDocument } from './client';
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
