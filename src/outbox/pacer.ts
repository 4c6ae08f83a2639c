import type { Clock } from '../kernel/clock';

/** Teams' limits for a bot's proactive sends: 7 per second per conversation, ~50 per second per tenant. */
export const PER_CONVERSATION_GAP_MS = Math.ceil(1000 / 7);
export const PER_TENANT_GAP_MS = Math.ceil(1000 / 50);

/** Spaces sends so that neither limit is reached: answers how long to wait before the next send. */
export function createPacer(clock: Clock) {
  const lastByConversation = new Map<string, number>();
  let lastAny = -Infinity;
  return {
    delayMs(conversationId: string): number {
      const now = clock.now().getTime();
      const conversation = (lastByConversation.get(conversationId) ?? -Infinity) + PER_CONVERSATION_GAP_MS;
      return Math.max(0, conversation - now, lastAny + PER_TENANT_GAP_MS - now);
    },
    sent(conversationId: string): void {
      const now = clock.now().getTime();
      lastByConversation.set(conversationId, now);
      lastAny = now;
      if (lastByConversation.size > 10_000) lastByConversation.clear();
    },
  };
}
