import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftEdit } from '../../../../src/report/edits';
import { ApiFailure, errorText } from '../../api/client';
import { reportEndpoints, type EditRefusal, type ReportJson } from '../../api/report-endpoints';
import type { Outcome } from '../../components/use-action';
import { useHost } from '../../host/host-context';

/**
 * What an edit came to: saved, or the sentence why not; after a conflict (someone changed that part first), the
 * latest draft, which the page now shows and a retry should be checked against.
 */
export type EditResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly error: string; readonly conflict: boolean; readonly latest?: ReportJson };

const carriesDraft = (body: unknown): body is EditRefusal =>
  typeof body === 'object' && body !== null && 'draft' in body && 'error' in body;

/**
 * A period's draft (none named: the server's default, the last municipal year): loaded, edited one change at a
 * time, refreshed; with what the server said of each.
 */
export function useReport(period: string | undefined) {
  const { api } = useHost();
  const calls = reportEndpoints(api);
  const [data, setData] = useState<ReportJson>();
  const [loadError, setLoadError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  /** Bumped by every answer, so that a slower, older one never replaces a newer draft. */
  const latest = useRef(0);

  const load = useCallback(
    async (quiet: boolean) => {
      const mine = ++latest.current;
      if (!quiet) setLoadError(undefined);
      try {
        const answer = await reportEndpoints(api).draft(period);
        if (mine === latest.current) setData(answer);
      } catch (error) {
        if (!quiet && mine === latest.current) setLoadError(errorText(error));
      }
    },
    [api, period],
  );
  useEffect(() => {
    setData(undefined);
    setOutcome(undefined);
    void load(false);
  }, [load]);

  /** Edits and refreshes name the period shown, even when the server chose it. */
  const shown = period ?? data?.period.key;
  /** An answer without the change log keeps the one shown, then fetches it afresh in the background. */
  const take = (answer: ReportJson): void => {
    latest.current++;
    setData((shown) => ({ ...answer, changes: answer.changes ?? shown?.changes }));
    void load(true);
  };

  const edit = async (change: DraftEdit, seen: string): Promise<EditResult> => {
    setBusy(true);
    try {
      const answer = await calls.edit(shown, change, seen);
      take(answer);
      setOutcome({ intent: 'success', text: `Saved: ${answer.what}.` });
      return { ok: true };
    } catch (error) {
      const conflict = error instanceof ApiFailure && error.status === 409;
      const latest = error instanceof ApiFailure && carriesDraft(error.body) ? error.body : undefined;
      if (latest) take(latest);
      return { ok: false, error: errorText(error), conflict, latest };
    } finally {
      setBusy(false);
    }
  };
  /** An edit from a button (no dialog): its refusal is shown at the top of the page. */
  const act = async (change: DraftEdit, seen: string): Promise<void> => {
    const result = await edit(change, seen);
    if (!result.ok) setOutcome({ intent: result.conflict ? 'warning' : 'error', text: result.error });
  };
  const refresh = async (): Promise<void> => {
    setBusy(true);
    try {
      take(await calls.refresh(shown));
      setOutcome({
        intent: 'success',
        text: 'Refreshed: the draft now has every submitted visit. Your edits are kept.',
      });
    } catch (error) {
      setOutcome({ intent: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };
  return {
    data,
    loadError,
    busy,
    outcome,
    reload: () => void load(false),
    edit,
    act,
    refresh,
    clearOutcome: () => setOutcome(undefined),
  };
}

export type Report = ReturnType<typeof useReport>;
