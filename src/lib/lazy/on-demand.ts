import { useEffect, useReducer, useState } from 'react';

/**
 * A module (or a value from one) loaded the first time something asks for it, and known
 * synchronously from then on, so later renders draw it at once (no Suspense fallback: a revealed
 * fallback is kept for at least 300 ms by React's reveal throttle). A failed load can be retried.
 */
export interface OnDemand<T> {
  current: () => T | undefined;
  load: () => Promise<T>;
}

export function onDemand<T>(loader: () => Promise<T>): OnDemand<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    current: () => value,
    load: () =>
      (pending ??= loader().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
  };
}

/**
 * The value once loaded; starts loading when `wanted` becomes true and renders again when it
 * arrives. `failed` is true when the load failed (e.g. offline without the chunk cached).
 */
export function useOnDemand<T>(source: OnDemand<T>, wanted: boolean): { value: T | undefined; failed: boolean } {
  const [failed, setFailed] = useState(false);
  // Renders again once loaded: the value itself lives in `source`, shared by every user.
  const [, loaded] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (!wanted || source.current() !== undefined) return;
    let active = true;
    source.load().then(
      () => {
        if (!active) return;
        setFailed(false);
        loaded();
      },
      () => active && setFailed(true),
    );
    return () => {
      active = false;
    };
  }, [source, wanted]);
  return { value: source.current(), failed };
}
