import type { OutboxMessage } from '../outbox/types';
import { formatMoment } from './dates';
import { escapeMarkdown } from './escape';
import { renderNotice } from './visit-cards';

/** The `outbox` card for the partnerships channel: what is waiting, what failed, with Retry for failures. */
export function renderOutboxCard(messages: readonly OutboxMessage[], notice?: string): object {
  const dead = messages.filter((m) => m.status === 'dead').slice(0, 20);
  const waiting = messages.filter((m) => m.status !== 'dead');
  const paragraphs = [
    ...(notice ? [notice] : []),
    waiting.length === 0
      ? 'Nothing is waiting to be sent.'
      : `${waiting.length} waiting to be sent: ${waiting
          .slice(0, 10)
          .map(
            (m) =>
              `${escapeMarkdown(m.summary)} (${m.attempts} attempt(s)${m.lastError ? `, last: ${escapeMarkdown(m.lastError.split(':')[0] ?? '')}` : ''})`,
          )
          .join('; ')}.`,
    dead.length === 0
      ? 'No failed deliveries.'
      : `Failed after every retry: ${dead.map((m) => `${escapeMarkdown(m.summary)} (${formatMoment(m.createdAt)})`).join('; ')}.`,
  ];
  return renderNotice(
    'Outbox',
    paragraphs,
    dead.map((m) => ({
      title: `Retry: ${m.summary}`.slice(0, 60),
      verb: 'outbox.retry',
      style: 'default' as const,
      data: { store: m.store, partition: m.partition, id: m.id },
    })),
  );
}
