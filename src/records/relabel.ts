import type { ActionRepository } from '../actions/store';
import type { Action } from '../actions/types';
import type { OutboxStore } from '../outbox/store';
import type { OutboxMessage } from '../outbox/types';
import { mapStrings, replaceWholeWords } from './whole-words';

/** The actions that name the person (owner, decisions, follow-ups), as they read with `label` for their name. */
export function relabelledActions(actions: readonly Action[], id: string, label: string): Action[] {
  const event = <E extends { by: string; byName: string }>(e: E): E =>
    e.by === id ? { ...e, byName: label } : e;
  return actions.flatMap((a): Action[] => {
    const next: Action = {
      ...a,
      ...(a.owner?.kind === 'person' && a.owner.aadObjectId === id
        ? { owner: { ...a.owner, name: label } }
        : {}),
      history: a.history.map(event),
      impacts: a.impacts.map(event),
    };
    return JSON.stringify(next) === JSON.stringify(a) ? [] : [next];
  });
}

/** Saves changed actions, a service's at a time, in transactions of at most 100. */
export async function saveActions(store: Pick<ActionRepository, 'saveAll'>, changed: readonly Action[]) {
  const byService = new Map<string, Action[]>();
  for (const a of changed) byService.set(a.serviceId, [...(byService.get(a.serviceId) ?? []), a]);
  for (const [serviceId, actions] of byService) {
    for (let i = 0; i < actions.length; i += 100) await store.saveAll(serviceId, actions.slice(i, i + 100));
  }
}

/**
 * The messages whose words name the person, each with its summary and activity as they read with `label` where
 * a name stood as a whole word (in text values, never keys): messages keep their words but not the name.
 */
export function relabelledMessages(
  messages: readonly OutboxMessage[],
  names: readonly string[],
  label: string,
): { message: OutboxMessage; patch: Pick<OutboxMessage, 'summary' | 'activity'> }[] {
  const words = new Map(names.filter((n) => n && n !== label).map((n) => [n, label]));
  const swap = (text: string) => replaceWholeWords(text, words);
  return messages.flatMap((message) => {
    const patch = { summary: swap(message.summary), activity: mapStrings(message.activity, swap) };
    const same =
      patch.summary === message.summary &&
      JSON.stringify(patch.activity) === JSON.stringify(message.activity);
    return same ? [] : [{ message, patch }];
  });
}

/** Writes relabelled messages; one a sender changed meanwhile is left for the next run, which finishes the job. */
export async function saveMessages(
  outbox: Pick<OutboxStore, 'update'>,
  changes: ReturnType<typeof relabelledMessages>,
): Promise<number> {
  let count = 0;
  for (const { message, patch } of changes) if (await outbox.update(message, patch)) count++;
  return count;
}
