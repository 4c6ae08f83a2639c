import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../api/client';

export interface Loaded<T> {
  readonly data?: T;
  /** Set when the last load failed; earlier data, if any, is kept on screen. */
  readonly error?: string;
  readonly loading: boolean;
  reload(): void;
  /** Replace the data with what an action answered, without a round trip. */
  replace(data: T): void;
}

/** Loads data for a page when it opens (and again on reload()), keeping what it had while reloading. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setLoading(true);
    load().then(
      (value) => {
        if (!current) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(errorText(failure));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
    // `load` is a new function each render: `key` says when it asks for something else.
  }, [key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data, error, loading, reload, replace: setData };
}
