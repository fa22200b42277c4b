/** Loads something asynchronously with loading / error / ready states and a retry. */
import { useCallback, useEffect, useState } from 'react';

export type Resource<T> =
  | { status: 'loading'; data: undefined; error: undefined }
  | { status: 'error'; data: undefined; error: unknown }
  | { status: 'ready'; data: T; error: undefined };

export interface ResourceHandle<T> {
  resource: Resource<T>;
  reload: () => void;
  /** Replaces the loaded value, e.g. with what a successful mutation returned. */
  replace: (data: T) => void;
}

const LOADING = { status: 'loading', data: undefined, error: undefined } as const;

export function useResource<T>(load: () => Promise<T>, deps: readonly unknown[]): ResourceHandle<T> {
  const [resource, setResource] = useState<Resource<T>>(LOADING);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setResource(LOADING);
    load().then(
      (data) => current && setResource({ status: 'ready', data, error: undefined }),
      (error: unknown) => current && setResource({ status: 'error', data: undefined, error }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure every render; the caller's deps say when it really changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((data: T) => setResource({ status: 'ready', data, error: undefined }), []);
  return { resource, reload, replace };
}
