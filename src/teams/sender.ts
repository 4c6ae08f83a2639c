import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { Send } from '../outbox/dispatcher';

/**
 * Sends outbox messages through the Bot Connector with botbuilder. The connector client's own retry
 * policies are removed: the outbox owns retries (backoff, Retry-After, dead letters), and a hidden retry
 * inside one attempt would make its pacing and attempt counts wrong.
 */
export function createSender(adapter: CloudAdapter, botAppId: string): Send {
  return async (target, activity, replaceActivityId) => {
    const reference: Partial<ConversationReference> = {
      channelId: 'msteams',
      serviceUrl: target.serviceUrl,
      conversation: {
        id: target.conversationId,
        conversationType: target.conversationType,
        tenantId: target.tenantId,
        isGroup: target.conversationType !== 'personal',
        name: '',
      },
    };
    let activityId: string | undefined;
    try {
      await adapter.continueConversationAsync(botAppId, reference, async (context: TurnContext) => {
        withoutRetries(context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey));
        if (replaceActivityId) {
          await context.updateActivity({ ...activity, id: replaceActivityId, type: 'message' });
          activityId = replaceActivityId;
        } else {
          activityId = (await context.sendActivity({ type: 'message', ...activity }))?.id;
        }
      });
      return { ok: true, ...(activityId ? { activityId } : {}) };
    } catch (error) {
      return failure(error);
    }
  };
}

type Pipeline = { removePolicy(options: { phase: 'Retry' }): unknown };

function withoutRetries(client: ConnectorClient | undefined): void {
  const pipeline = (client as unknown as { client?: { pipeline?: Pipeline } } | undefined)?.client?.pipeline;
  pipeline?.removePolicy({ phase: 'Retry' });
}

function failure(error: unknown): { ok: false; status?: number; retryAfterSeconds?: number; error: string } {
  const e = error as {
    statusCode?: number;
    message?: string;
    response?: { headers?: { get?(name: string): string | undefined } | Record<string, string> };
  };
  const headers = e.response?.headers;
  const retryAfter =
    headers && typeof headers.get === 'function'
      ? headers.get('retry-after')
      : (headers as Record<string, string> | undefined)?.['retry-after'];
  const seconds = retryAfter !== undefined ? Number(retryAfter) : undefined;
  return {
    ok: false,
    ...(typeof e.statusCode === 'number' ? { status: e.statusCode } : {}),
    ...(seconds !== undefined && Number.isFinite(seconds) ? { retryAfterSeconds: seconds } : {}),
    error: (e.message ?? String(error)).split('\n')[0]!.slice(0, 300),
  };
}
