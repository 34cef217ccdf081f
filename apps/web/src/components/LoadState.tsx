import type { ReactNode } from 'react';
import { Loading } from './Loading';
import { ProblemAlert } from './errors';
import type { Loader } from './useLoader';

interface LoadStateProps<T> {
  loader: Loader<T>;
  children: (data: T) => ReactNode;
}

/** Shows the spinner, the error (with a retry) or the loaded content. */
export function LoadState<T>({ loader, children }: LoadStateProps<T>) {
  const { result, reload } = loader;
  if (result.state === 'error') return <ProblemAlert error={result.error} onRetry={reload} focus={false} />;
  if (result.state === 'loading' && result.data === undefined) return <Loading />;
  return <>{children(result.data as T)}</>;
}
