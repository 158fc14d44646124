/** A storage item as React state: read once, kept live, written on set. */
import { useCallback, useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';

export function useStorageItem<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
): [T | undefined, (value: T) => void] {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    void item.getValue().then((v) => {
      if (!cancelled) setValue(v);
    });
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      cancelled = true;
      unwatch();
    };
  }, [item]);
  // State first, storage second: the control reflects the change at once.
  const set = useCallback(
    (next: T) => {
      setValue(next);
      void item.setValue(next);
    },
    [item],
  );
  return [value, set];
}
