/**
 * Who may see internal indicators, and the internal documents when they may. The data hooks
 * (hooks.ts) merge these with the public base through `mergeBases`.
 *
 * - No `internalDataBaseUrl` in config.json, or a view outside the internal scope (an embed or
 *   anything wrapped in `<InternalScope include={false}>`): nothing is requested at all.
 * - Otherwise one small probe (`whoami.json` in the internal base) tells signed-in from anonymous;
 *   anonymous visitors request nothing else there.
 * - A failing internal base never fails a public view: its error is only reported (a short notice).
 * - A page pinned to a public release (`?release=`) reads the internal release of that date
 *   (`internalReleaseFor`), so internal figures are never newer than the public ones beside them.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, createElement, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { UNSAFE_LocationContext } from 'react-router';
import { useAppConfig } from '../../config/config-context';
import { internalReleaseFor, internalReleasesQueryOptions, releaseBaseUrl, releaseFromSearch, releasesQueryOptions } from './releases';
import type { CatalogueDocuments } from './internal-merge';
import { INTERNAL_QUERY_ROOT, signInProbeKey, signInProbeQueryOptions, type SignInState } from './internal-queries';
import type { DataProblem } from '../../contract/problems';
import { internalGoalsQueryOptions, internalIndicatorsQueryOptions } from './queries';

export type InternalAccess =
  | { status: 'off' }
  | { status: 'checking' }
  | { status: 'anonymous' }
  | { status: 'signed-in'; user: string | undefined }
  /** The probe failed (server error, proxy down): the public site works, the header says so. */
  | { status: 'unavailable'; error: Error };

const InternalScopeContext = createContext(true);

/** Views inside `include={false}` never request or show internal data (embeds, unless asked). */
export function InternalScope({ include, children }: { include: boolean; children: ReactNode }) {
  return createElement(InternalScopeContext.Provider, { value: include }, children);
}

export function useInternalAccess(): InternalAccess {
  const { internalDataBaseUrl } = useAppConfig();
  const inScope = useContext(InternalScopeContext);
  const enabled = inScope && internalDataBaseUrl !== undefined;
  const probe = useQuery({ ...signInProbeQueryOptions(internalDataBaseUrl ?? ''), enabled });
  return useMemo((): InternalAccess => {
    if (!enabled) return { status: 'off' };
    if (probe.error) return { status: 'unavailable', error: probe.error };
    if (probe.isPending) return { status: 'checking' };
    return probe.data.signedIn ? { status: 'signed-in', user: probe.data.user } : { status: 'anonymous' };
  }, [enabled, probe.error, probe.isPending, probe.data]);
}

export interface InternalCatalogue {
  access: InternalAccess;
  /** The internal base URL while signed in and in scope. */
  baseUrl: string | undefined;
  /** True while the probe or the internal catalogue is loading: views wait so a link to an internal page does not flash "not found". */
  isPending: boolean;
  /** The internal catalogue once read; undefined when not signed in or when it failed. */
  documents: CatalogueDocuments | undefined;
  problems: DataProblem[];
  /** The internal base failed (shown as a notice; public views go on). */
  error: Error | null;
}

/**
 * The internal base to read: the latest, or for a page pinned to a public release the internal
 * release of that date. `base` is undefined while the release lists load, and when the internal
 * base had no release yet then (nothing internal existed to show).
 */
function useInternalReleaseBase(signedIn: boolean, internalBase: string): { base: string | undefined; isPending: boolean; error: Error | null } {
  const { dataBaseUrl } = useAppConfig();
  const pinned = releaseFromSearch(useContext(UNSAFE_LocationContext)?.location.search ?? '');
  const enabled = signedIn && pinned !== undefined;
  const publicReleases = useQuery({ ...releasesQueryOptions(dataBaseUrl), enabled });
  const internalReleases = useQuery({ ...internalReleasesQueryOptions(internalBase), enabled });
  if (pinned === undefined) return { base: internalBase, isPending: false, error: null };
  const error = internalReleases.error ?? publicReleases.error ?? null;
  if (error || !publicReleases.data || !internalReleases.data) return { base: undefined, isPending: signedIn && !error, error };
  const id = internalReleaseFor(pinned, publicReleases.data, internalReleases.data);
  return { base: id === undefined ? undefined : releaseBaseUrl(internalBase, id), isPending: false, error: null };
}

export function useInternalCatalogue(): InternalCatalogue {
  const access = useInternalAccess();
  const { internalDataBaseUrl } = useAppConfig();
  const signedIn = access.status === 'signed-in' && internalDataBaseUrl !== undefined;
  const release = useInternalReleaseBase(signedIn, internalDataBaseUrl ?? '');
  const base = release.base ?? '';
  const reading = signedIn && release.base !== undefined;
  const indicators = useQuery({ ...internalIndicatorsQueryOptions(base), enabled: reading });
  const goals = useQuery({ ...internalGoalsQueryOptions(base), enabled: reading });
  const { isPending: releasePending, error: releaseError } = release;
  return useMemo((): InternalCatalogue => {
    if (!signedIn) return { access, baseUrl: undefined, isPending: access.status === 'checking', documents: undefined, problems: [], error: null };
    if (!reading) return { access, baseUrl: undefined, isPending: releasePending, documents: undefined, problems: [], error: releaseError };
    const error = indicators.error ?? goals.error ?? null;
    if (error || !indicators.data || !goals.data) {
      return { access, baseUrl: base, isPending: !error, documents: undefined, problems: [], error };
    }
    return {
      access,
      baseUrl: base,
      isPending: false,
      documents: { indicators: indicators.data.data, goals: goals.data.data },
      problems: [...indicators.data.problems, ...goals.data.problems].map((problem) => ({ ...problem, documentName: `internal/${problem.documentName}` })),
      error: null,
    };
  }, [access, signedIn, reading, releasePending, releaseError, base, indicators.data, indicators.error, goals.data, goals.error]);
}

/** The sign-in address with the page to return to (`rd`, as oauth2-proxy names it). */
export function signInHref(signInUrl: string, returnTo: string): string {
  const url = new URL(signInUrl);
  url.searchParams.set('rd', returnTo);
  return url.href;
}

/**
 * Signs out without leaving the page: the app forgets the session and removes every internal
 * query from the cache first (so nothing internal stays in memory, whatever the network does),
 * then asks the proxy to end its session (the answer clears the cookie).
 */
export function useSignOut(): () => Promise<void> {
  const queryClient = useQueryClient();
  const { internalDataBaseUrl, signOutUrl } = useAppConfig();
  return useCallback(async () => {
    if (internalDataBaseUrl === undefined) return;
    queryClient.setQueryData<SignInState>(signInProbeKey(internalDataBaseUrl), { signedIn: false });
    await queryClient.cancelQueries({ queryKey: [INTERNAL_QUERY_ROOT] });
    queryClient.removeQueries({ queryKey: [INTERNAL_QUERY_ROOT] });
    if (signOutUrl) {
      await fetch(signOutUrl, { credentials: 'include', cache: 'no-store', redirect: 'manual' }).catch(() => undefined);
    }
  }, [queryClient, internalDataBaseUrl, signOutUrl]);
}
