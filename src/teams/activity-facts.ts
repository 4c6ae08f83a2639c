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
