import type { Activity } from 'botbuilder';
import {
  AuthenticationConstants,
  ClaimsIdentity,
  type BotFrameworkAuthentication,
  type ConnectorClient,
} from 'botframework-connector';
import type { Send } from '../outbox/dispatcher';

/**
 * Sends outbox messages straight through the Bot Connector client, outside any turn: a failed send must come
 * back to the outbox as a failure (not reach the turn error handler, which would post an apology into the
 * channel). The client's own retry policy is removed: the outbox owns retries (backoff, Retry-After, dead
 * letters), and a hidden retry inside one attempt would make its pacing and attempt counts wrong.
 */
export function createSender(auth: BotFrameworkAuthentication, botAppId: string): Send {
  const claims = new ClaimsIdentity(
    [
      { type: AuthenticationConstants.AudienceClaim, value: botAppId },
      { type: AuthenticationConstants.AppIdClaim, value: botAppId },
    ],
    true,
  );
  const factory = auth.createConnectorFactory(claims);
  const clients = new Map<string, Promise<ConnectorClient>>();
  const clientFor = (serviceUrl: string): Promise<ConnectorClient> => {
    let client = clients.get(serviceUrl);
    if (!client) {
      client = factory.create(serviceUrl, undefined).then((created: ConnectorClient) => {
        (created as unknown as { client: { pipeline: Pipeline } }).client.pipeline.removePolicy({
          phase: 'Retry',
        });
        return created;
      });
      clients.set(serviceUrl, client);
    }
    return client as Promise<ConnectorClient>;
  };

  return async (target, activity, replace) => {
    const conversation = (id: string) => ({
      id,
      conversationType: target.conversationType,
      tenantId: target.tenantId,
      isGroup: target.conversationType !== 'personal',
      name: '',
    });
    const message = (conversationId: string) => ({
      type: 'message',
      ...activity,
      conversation: conversation(conversationId),
      channelData: { tenant: { id: target.tenantId } },
    });
    try {
      const client = await clientFor(target.serviceUrl);
      // Give up well within the outbox's claim (60 s), so a slow send is never taken over and sent twice.
      const options = { abortSignal: AbortSignal.timeout(SEND_TIMEOUT_MS) };
      if (replace) {
        await client.conversations.updateActivity(
          replace.conversationId,
          replace.activityId,
          { ...message(replace.conversationId), id: replace.activityId },
          options,
        );
        return { ok: true, activityId: replace.activityId };
      }
      if (target.channelId) {
        // A new post in the channel (its own thread), never a reply under whatever message the link came from.
        const created = await client.conversations.createConversation(
          {
            isGroup: true,
            bot: { id: botAppId, name: '' },
            tenantId: target.tenantId,
            channelData: { channel: { id: target.channelId }, tenant: { id: target.tenantId } },
            activity: { type: 'message', ...activity } as Activity,
            members: [],
          },
          options,
        );
        return {
          ok: true,
          conversationId: created.id,
          ...(created.activityId ? { activityId: created.activityId } : {}),
        };
      }
      const posted = await client.conversations.sendToConversation(
        target.conversationId,
        message(target.conversationId),
        options,
      );
      return { ok: true, ...(posted.id ? { activityId: posted.id } : {}) };
    } catch (error) {
      clients.delete(target.serviceUrl);
      return failure(error);
    }
  };
}

const SEND_TIMEOUT_MS = 20_000;

type Pipeline = { removePolicy(options: { phase: 'Retry' }): unknown };

function failure(error: unknown): { ok: false; status?: number; retryAfterSeconds?: number; error: string } {
  const e = error as {
    statusCode?: number;
    message?: string;
    response?: { headers?: { get?(name: string): string | undefined } };
  };
  const retryAfter = e.response?.headers?.get?.('retry-after');
  const seconds = retryAfter !== undefined ? Number(retryAfter) : undefined;
  return {
    ok: false,
    ...(typeof e.statusCode === 'number' ? { status: e.statusCode } : {}),
    ...(seconds !== undefined && Number.isFinite(seconds) ? { retryAfterSeconds: seconds } : {}),
    error: (e.message ?? String(error)).split('\n')[0]!.slice(0, 300),
  };
}
