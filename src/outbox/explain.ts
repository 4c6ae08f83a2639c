import type { DirectoryLookup } from '../directory/directory';
import { formatMoment } from '../kernel/london';
import { addressKey, type Address } from './types';
import type { WhyWaiting } from './waiting';

/** Who each recipient is, by `addressKey`: a person's or a service's name from the directory. */
export type RecipientNames = ReadonlyMap<string, string>;

/** How the words are marked up: the card escapes text for markdown and bolds commands; plain text quotes them. */
export interface Markup {
  readonly text: (raw: string) => string;
  readonly command: (raw: string) => string;
}

/** For JSON: text as it is, commands in quotes. */
export const PLAIN: Markup = { text: (raw) => raw, command: (raw) => `"${raw}"` };

/** A recipient's name: the directory's, "the partnerships team", or what the address says when it is unknown. */
export function nameOf(to: Address, names: RecipientNames): string {
  if (to.kind === 'partnerships') return 'the partnerships team';
  return names.get(addressKey(to)) ?? (to.kind === 'person' ? 'someone not in the directory' : to.serviceId);
}

/** Why a message waits and what fixes it, in words, as the `outbox` card and the tab both say it. */
export function explainWaiting(
  why: WhyWaiting,
  to: Address,
  names: RecipientNames,
  mark: Markup = PLAIN,
): { why: string; fix: string } {
  const who = mark.text(nameOf(to, names));
  const link = mark.command(to.kind === 'service' ? `link ${to.serviceId}` : 'link partnerships');
  switch (why.kind) {
    case 'no-chat':
      return {
        why: `${who} has never opened a chat with Frontline Visits, so Teams gives the bot nowhere to write.`,
        fix: `ask ${who} to open Frontline Visits in Teams once (or ask your Teams admin to install it for them); it is sent within a minute after that.`,
      };
    case 'no-channel':
      return {
        why: 'no channel is linked to receive it.',
        fix: `in the right channel, mention the bot and type ${link}; it is posted there straight away.`,
      };
    case 'failed':
      return {
        why: describeError(why.error, mark),
        fix: /re-link/.test(why.error)
          ? `mention the bot in the right channel and type ${link}: this is then sent again by itself.`
          : 'press Retry once the cause is fixed.',
      };
    case 'retrying':
      return {
        why: `${describeError(why.error, mark)}; next try ${formatMoment(why.at)}.`,
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

/** "503: {}" as a person reads it, "Teams answered 503 (unavailable)"; any other text as it is, marked up. */
function describeError(error: string, mark: Markup): string {
  const status = /^(\d{3}):/.exec(error)?.[1];
  if (status) return `Teams answered ${status}${STATUS[status] ? ` (${STATUS[status]})` : ''}`;
  if (error.startsWith('no answer')) return 'Teams did not answer';
  return mark.text(error);
}

/** The directory's name for everyone these messages are for. */
export async function recipientNames(
  messages: readonly { readonly to: Address }[],
  directory: Pick<DirectoryLookup, 'services' | 'person'>,
): Promise<RecipientNames> {
  const people = [...new Set(messages.flatMap(({ to }) => (to.kind === 'person' ? [to.aadObjectId] : [])))];
  const [services, found] = await Promise.all([
    directory.services(),
    Promise.all(people.map((id) => directory.person(id))),
  ]);
  const names = new Map(services.map((s) => [addressKey({ kind: 'service', serviceId: s.id }), s.name]));
  for (const person of found) {
    if (person) names.set(addressKey({ kind: 'person', aadObjectId: person.aadObjectId }), person.name);
  }
  return names;
}
