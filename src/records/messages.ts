import type { OutboxMessage } from '../outbox/types';
import type { MessageCopy } from './types';

/** The messages addressed to this person, oldest first, each with the words its card or text showed. */
export function messagesTo(messages: readonly OutboxMessage[], aadObjectId: string): MessageCopy[] {
  return messages
    .filter((m) => m.to.kind === 'person' && m.to.aadObjectId === aadObjectId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((m) => ({
      id: m.id,
      summary: m.summary,
      status: m.status,
      createdAt: m.createdAt,
      text: wordsOf(m.activity).join('\n'),
    }));
}

/** Every `text` and `title` in an activity and its cards, in order: what the person read. */
function wordsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(wordsOf);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    (key === 'text' || key === 'title') && typeof v === 'string' ? [v] : wordsOf(v),
  );
}
