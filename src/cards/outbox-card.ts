import { Template } from 'adaptivecards-templating';
import outboxTemplate from '../../adaptive-cards/outbox.json';
import { addressKey, type Address } from '../outbox/types';
import { whyWaiting, type OpenMessage, type WhyWaiting } from '../outbox/waiting';
import { formatMoment } from '../kernel/london';
import { escapeMarkdown } from './escape';

const template = new Template(outboxTemplate);
/** The most messages one card lists (oldest first): the card stays well inside Teams' size limit. */
export const OUTBOX_CARD_ITEMS = 20;

/** Who each recipient is, by `addressKey`: a person's or a service's name from the directory. */
export type RecipientNames = ReadonlyMap<string, string>;

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
        const who = nameOf(entry.message.to, names);
        const why = whyWaiting(entry, now);
        return {
          what: escapeMarkdown(entry.message.summary),
          to: recipient(entry.message.to, escapeMarkdown(who)),
          state: why.kind === 'failed' ? 'Failed' : 'Waiting',
          color: why.kind === 'failed' ? 'Attention' : 'Default',
          ...explain(why, escapeMarkdown(who), entry.message.to),
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

function nameOf(to: Address, names: RecipientNames): string {
  if (to.kind === 'partnerships') return 'the partnerships team';
  return names.get(addressKey(to)) ?? (to.kind === 'person' ? 'someone not in the directory' : to.serviceId);
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

/** The reason and the fix, in words; `who` is already escaped. */
function explain(why: WhyWaiting, who: string, to: Address): { why: string; fix: string } {
  const link = to.kind === 'service' ? `link ${escapeMarkdown(to.serviceId)}` : 'link partnerships';
  switch (why.kind) {
    case 'no-chat':
      return {
        why: `${who} has never opened a chat with Frontline Visits, so Teams gives the bot nowhere to write.`,
        fix: `ask ${who} to open Frontline Visits in Teams once (or ask your Teams admin to install it for them); it is sent within a minute after that.`,
      };
    case 'no-channel':
      return {
        why: 'no channel is linked to receive it.',
        fix: `in the right channel, mention the bot and type **${link}**; it is posted there straight away.`,
      };
    case 'failed':
      return {
        why: describeError(why.error),
        fix: /re-link/.test(why.error)
          ? `mention the bot in the right channel and type **${link}**: this is then sent again by itself.`
          : 'press Retry once the cause is fixed.',
      };
    case 'retrying':
      return {
        why: `${describeError(why.error)}; next try ${formatMoment(why.at)}.`,
        fix: 'nothing: it is tried again by itself, and reported here if it fails for good.',
      };
    case 'sending':
      return { why: 'being sent now.', fix: 'nothing.' };
    case 'after-original':
      return {
        why: 'it updates a card that has not been posted yet.',
        fix: 'nothing: it follows that card.',
      };
    case 'queued':
      return { why: 'queued; it goes out within seconds.', fix: 'nothing.' };
  }
}

const STATUS: Readonly<Record<string, string>> = {
  '400': 'bad request',
  '401': 'not signed in',
  '403': 'not allowed',
  '404': 'not found',
  '413': 'message too large',
  '429': 'too many requests',
  '500': 'Teams error',
  '502': 'unavailable',
  '503': 'unavailable',
  '504': 'unavailable',
};

/** "503: {}" as a person reads it, "Teams answered 503 (unavailable)"; any other text escaped, as markdown. */
function describeError(error: string): string {
  const status = /^(\d{3}):/.exec(error)?.[1];
  if (status) return `Teams answered ${status}${STATUS[status] ? ` (${STATUS[status]})` : ''}`;
  if (error.startsWith('no answer')) return 'Teams did not answer';
  return escapeMarkdown(error);
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n === 0 ? 'no' : n} ${n === 1 ? one : many}`;
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
