/** The latest value of an observable (a Dexie `liveQuery`), as React state. */
import { useEffect, useState } from 'react';
import type { Observable } from 'dexie';

export type ObservableResult<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/**
 * Subscribes while mounted. Pass a memoised observable (`useMemo(() => liveQuery(…), [deps])`):
 * a new one starts over at `loading`.
 */
export function useObservable<T>(observable: Observable<T> | null): ObservableResult<T> {
  // The result remembers which observable it came from, so that a stale value
  // is never shown for a new query while its first answer is on the way.
  const [result, setResult] = useState<{
    source: Observable<T> | null;
    result: ObservableResult<T>;
  }>({
    source: null,
    result: { status: 'loading' },
  });
  useEffect(() => {
    if (!observable) return;
    const subscription = observable.subscribe({
      next: (value) => setResult({ source: observable, result: { status: 'ready', value } }),
      error: (error: unknown) =>
        setResult({ source: observable, result: { status: 'error', error } }),
    });
    return () => subscription.unsubscribe();
  }, [observable]);
  return result.source === observable && observable !== null
    ? result.result
    : { status: 'loading' };
}
