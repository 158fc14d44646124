/**
 * The models being compared, kept in session storage so that closing and
 * reopening the panel (or popping it out) keeps the comparison.
 */
import { useCallback } from 'react';
import { storage } from 'wxt/utils/storage';
import { useStorageItem } from '@/components/use-storage-item';
import { addToCompare, removeFromCompare, type AddResult } from './compare-list';

const compareItem = storage.defineItem<string[]>('session:compareList', { fallback: [] });

export function useCompareList(): {
  list: readonly string[];
  add(id: string): AddResult;
  remove(id: string): void;
} {
  const [stored, setStored] = useStorageItem(compareItem);
  const list = stored ?? [];
  const add = useCallback(
    (id: string) => {
      const result = addToCompare(stored ?? [], id);
      if (result.added) setStored(result.list);
      return result;
    },
    [stored, setStored],
  );
  const remove = useCallback(
    (id: string) => setStored(removeFromCompare(stored ?? [], id)),
    [stored, setStored],
  );
  return { list, add, remove };
}
