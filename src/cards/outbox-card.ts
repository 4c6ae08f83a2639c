import { Template } from 'adaptivecards-templating';
import outboxTemplate from '../../adaptive-cards/outbox.json';
import { explainWaiting, nameOf, type Markup, type RecipientNames } from '../outbox/explain';
import type { Address } from '../outbox/types';
import { whyWaiting, type OpenMessage } from '../outbox/waiting';
import { escapeMarkdown } from './escape';

const template = new Template(outboxTemplate);
/** The most messages one card lists (oldest first): the card stays well inside Teams' size limit. */
export const OUTBOX_CARD_ITEMS = 20;

/**
 * The `outbox` card for the partnerships channel: every message not delivered, each with its recipient, what it
 * is, why it waits and what fixes it; failed ones with Retry.
 */
export function renderOutboxCard(
  open: readonly OpenMessage[],
  names: RecipientNames,
  now: Date,
  notice = '',
): object {
  const failed = open.filter((m) => m.message.status === 'dead').length;
  const waiting = open.length - failed;
  const shown = open.slice(0, OUTBOX_CARD_ITEMS);
  return template.expand({
    $root: {
      notice: escapeMarkdown(notice),
      headline:
        open.length === 0
          ? 'Nothing is waiting to be sent, and no delivery has failed.'
          : capitalised(
              `${count(waiting, 'message')} waiting to be sent, ${count(failed, 'failed delivery', 'failed deliveries')}.`,
            ),
      items: shown.map((entry) => {
        const why = whyWaiting(entry, now);
        return {
          what: escapeMarkdown(entry.message.summary),
          to: recipient(entry.message.to, escapeMarkdown(nameOf(entry.message.to, names))),
          state: why.kind === 'failed' ? 'Failed' : 'Waiting',
          color: why.kind === 'failed' ? 'Attention' : 'Default',
          ...explainWaiting(why, entry.message.to, names, MARKDOWN),
          retry:
            why.kind === 'failed'
              ? { store: entry.message.store, partition: entry.message.partition, id: entry.message.id }
              : null,
        };
      }),
      more:
        open.length > shown.length
          ? `…and ${open.length - shown.length} more, not listed (oldest first above).`
          : '',
    },
  }) as object;
}

/** `who` is already escaped. */
function recipient(to: Address, who: string): string {
  switch (to.kind) {
    case 'person':
      return `${who} (personal chat)`;
    case 'service':
      return `${who} (the service's channel)`;
    case 'partnerships':
      return 'the partnerships channel';
  }
}

/** Markdown for a card: names and errors escaped, commands in bold. */
const MARKDOWN: Markup = { text: escapeMarkdown, command: (raw) => `**${escapeMarkdown(raw)}**` };

function count(n: number, one: string, many = `${one}s`): string {
  return `${n === 0 ? 'no' : n} ${n === 1 ? one : many}`;
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
