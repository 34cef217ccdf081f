import { useCallback, useEffect, useState, type DependencyList } from 'react';

export type Loaded<T> =
  | { state: 'loading'; data: T | undefined; error: null }
  | { state: 'ready'; data: T; error: null }
  | { state: 'error'; data: T | undefined; error: unknown };

export interface Loader<T> {
  result: Loaded<T>;
  reload: () => void;
  /** Replace the data after an action, so the page stays correct without fetching again. */
  setData: (update: (current: T) => T) => void;
}

type Keyed<T> = Loaded<T> & { key: string };

/** Loads data for a page; a change of deps (or reload) aborts the previous request. */
export function useLoader<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Loader<T> {
  const [generation, setGeneration] = useState(0);
  const key = `${JSON.stringify(deps)}#${generation}`;
  const [result, setResult] = useState<Keyed<T>>({ state: 'loading', data: undefined, error: null, key });

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal)
      .then((data) => {
        if (!controller.signal.aborted) setResult({ state: 'ready', data, error: null, key });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted)
          setResult((previous) => ({ state: 'error', data: previous.data, error, key }));
      });
    return () => controller.abort();
    // `load` is recreated on every render; `key` names what it loads, so it alone re-runs the effect.
  }, [key]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const setData = useCallback(
    (update: (current: T) => T) =>
      setResult((previous) =>
        previous.state === 'ready' ? { ...previous, data: update(previous.data) } : previous,
      ),
    [],
  );
  // Until the request for the current deps has answered, the old data is shown as still loading,
  // so nothing (a result count, a live region) ever describes the new week with the old week's data.
  const current: Loaded<T> =
    result.key === key ? result : { state: 'loading', data: result.data, error: null };
  return { result: current, reload, setData };
}
