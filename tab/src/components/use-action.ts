import { useState } from 'react';
import { errorText } from '../api/client';

export interface Outcome {
  readonly intent: 'success' | 'warning' | 'error' | 'info';
  readonly text: string;
}

/** Runs one action at a time and keeps what the server said of it, for a MessageBar. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const run = async <T>(action: () => Promise<T>, said: (result: T) => string): Promise<T | undefined> => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await action();
      setOutcome({ intent: 'success', text: said(result) });
      return result;
    } catch (error) {
      setOutcome({ intent: 'error', text: errorText(error) });
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, outcome, run, show: setOutcome, clear: () => setOutcome(undefined) };
}
