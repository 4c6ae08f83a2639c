import { ConcurrencyConflict } from '../kernel/errors';
import type { ActionRepository } from './store';
import type { Action } from './types';

export type ActionsResult = { ok: true; actions: Action[] } | { ok: false; problem: string };

/** Saves actions of one service in one transaction; if any changed since it was read, `conflict` is the answer. */
export async function saveActions(
  repository: Pick<ActionRepository, 'saveAll'>,
  serviceId: string,
  changed: readonly Action[],
  conflict: string,
): Promise<ActionsResult> {
  try {
    return { ok: true, actions: await repository.saveAll(serviceId, changed) };
  } catch (error) {
    if (error instanceof ConcurrencyConflict) return { ok: false, problem: conflict };
    throw error;
  }
}
