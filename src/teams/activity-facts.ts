import type { Activity } from 'botbuilder';

/** Where a conversation happens, in the manifest's terms. */
export type Scope = 'personal' | 'team' | 'groupChat';

/** The conversation's scope: a channel post is 'team'. */
export function scopeOf(activity: Partial<Activity>): Scope {
  switch (activity.conversation?.conversationType) {
    case 'channel':
      return 'team';
    case 'groupChat':
      return 'groupChat';
    default:
      return 'personal';
  }
}

/** The tenant the activity comes from, as Teams reports it (lower case), if any. */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const id = activity.conversation?.tenantId ?? channelData?.tenant?.id;
  return typeof id === 'string' && id ? id.toLowerCase() : undefined;
}

/**
 * What the person typed, without the @mention of the bot that Teams puts in front of a channel message. Unlike
 * botbuilder's `removeRecipientMention` it neither changes the activity nor throws on a malformed one.
 */
export function typedText(activity: Partial<Activity>): string {
  const text = typeof activity.text === 'string' ? activity.text : '';
  const entities: unknown[] = Array.isArray(activity.entities) ? activity.entities : [];
  const mention = entities.find((entity) => isMentionOf(entity, activity.recipient?.id));
  return mention ? text.replace(mention.text, '').trim() : text;
}

function isMentionOf(entity: unknown, id: unknown): entity is { text: string } {
  const mention = entity as { type?: unknown; text?: unknown; mentioned?: { id?: unknown } | null } | null;
  return (
    typeof mention?.type === 'string' &&
    mention.type.toLowerCase() === 'mention' &&
    typeof mention.text === 'string' &&
    typeof id === 'string' &&
    mention.mentioned?.id === id
  );
}

/** The sender's Entra object id, lower case, if the activity carries one. */
export function senderAadObjectId(activity: Partial<Activity>): string | undefined {
  const id: unknown = activity.from?.aadObjectId;
  return typeof id === 'string' && id ? id.toLowerCase() : undefined;
}
