/** Loads something asynchronously with loading / error / ready states, a retry and a quiet refresh. */
import { useCallback, useEffect, useRef, useState } from 'react';

export type Resource<T> =
  | { status: 'loading'; data: undefined; error: undefined }
  | { status: 'error'; data: undefined; error: unknown }
  | { status: 'ready'; data: T; error: undefined };

export interface ResourceHandle<T> {
  resource: Resource<T>;
  /** Loads again, showing the loading state. */
  reload: () => void;
  /** Loads again while the current value stays on screen. */
  refresh: () => void;
  /** Replaces the loaded value, e.g. with what a successful mutation returned. */
  replace: (data: T) => void;
}

const LOADING = { status: 'loading', data: undefined, error: undefined } as const;

export function useResource<T>(load: () => Promise<T>, deps: readonly unknown[]): ResourceHandle<T> {
  const [resource, setResource] = useState<Resource<T>>(LOADING);
  const [attempt, setAttempt] = useState({ count: 0, quiet: false });
  // `load` is a fresh closure every render; the caller's deps say when what it loads changes.
  const loadRef = useRef(load);
  loadRef.current = load;
  const lastAttempt = useRef(attempt);

  useEffect(() => {
    let current = true;
    // Quiet only when a refresh triggered this run; new deps always show the loading state.
    const quiet = attempt.quiet && lastAttempt.current !== attempt;
    lastAttempt.current = attempt;
    if (!quiet) setResource(LOADING);
    loadRef.current().then(
      (data) => current && setResource({ status: 'ready', data, error: undefined }),
      (error: unknown) => current && setResource({ status: 'error', data: undefined, error }),
    );
    return () => {
      current = false;
    };
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((previous) => ({ count: previous.count + 1, quiet: false })), []);
  const refresh = useCallback(() => setAttempt((previous) => ({ count: previous.count + 1, quiet: true })), []);
  const replace = useCallback((data: T) => setResource({ status: 'ready', data, error: undefined }), []);
  return { resource, reload, refresh, replace };
}
