/** True for `ms` after `key` last changed: time for a page that just loaded to report itself. */
import { useEffect, useState } from 'react';

export function useGrace(key: string, ms: number): boolean {
  const [expired, setExpired] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setExpired(key), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return expired !== key;
}
