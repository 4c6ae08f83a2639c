import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the bot made to the Bot Connector. */
export interface ConnectorCall {
  readonly method: string;
  readonly path: string;
  readonly body: Record<string, unknown>;
  /** When the call arrived (Date.now()). */
  readonly at: number;
  /** What the stand-in answered. */
  readonly status?: number;
  /** The id it gave a posted activity. */
  readonly activityId?: string;
  /** A new post in a channel, made with "create conversation" (its path is shown as a post to the channel). */
  readonly created?: boolean;
}

const channelIdOf = (body: Record<string, unknown>): string | undefined => {
  const id = (body.channelData as { channel?: { id?: unknown } } | undefined)?.channel?.id;
  return typeof id === 'string' ? id : undefined;
};

/**
 * A local stand-in for the Bot Connector service: records every call the bot makes and answers as the
 * connector does. Faults (429, 503, timeouts) are injected per test through `respond`.
 */
export class StandInConnector {
  readonly calls: ConnectorCall[] = [];
  private server?: http.Server;
  private nextId = 1;
  /** Overrides the answer to a call; return undefined for the normal 200. */
  respond: (call: ConnectorCall) => { status: number; headers?: Record<string, string> } | undefined = () =>
    undefined;

  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        const body = (raw ? JSON.parse(raw) : {}) as Record<string, unknown>;
        const path = decodeURIComponent(req.url ?? '');
        // A new post in a channel comes as "create conversation"; it is recorded as a post to that channel.
        const channelId = path === '/v3/conversations' ? channelIdOf(body) : undefined;
        const call = channelId
          ? {
              method: 'POST',
              path: `/v3/conversations/${channelId}/activities`,
              body: body.activity as Record<string, unknown>,
              at: Date.now(),
              created: true,
            }
          : { method: req.method ?? '', path, body, at: Date.now() };
        const fault = this.respond(call);
        const activityId = fault ? undefined : `activity-${this.nextId++}`;
        this.calls.push({ ...call, status: fault?.status ?? 200, ...(activityId ? { activityId } : {}) });
        res.writeHead(fault?.status ?? 200, { 'content-type': 'application/json', ...fault?.headers });
        const answer = channelId
          ? { id: `${channelId};messageid=${activityId}`, activityId }
          : { id: activityId };
        res.end(fault ? '{}' : JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  /** The activities the bot sent (posts and replies), oldest first. */
  sent(): Record<string, unknown>[] {
    return this.calls.filter((c) => c.method === 'POST' && c.path.includes('/activities')).map((c) => c.body);
  }

  /** The bot's replies within turns (not its proactive messages, which can arrive at any moment), oldest first. */
  replies(): Record<string, unknown>[] {
    return this.sent().filter((activity) => typeof activity.replyToId === 'string');
  }

  /** Posts answered 200 in one conversation since a moment (Date.now()), oldest first. */
  delivered(conversationId: string, since = 0): ConnectorCall[] {
    return this.calls.filter(
      (c) =>
        c.method === 'POST' &&
        c.path.startsWith(`/v3/conversations/${conversationId}/activities`) &&
        c.status === 200 &&
        c.at >= since,
    );
  }

  clear(): void {
    this.calls.length = 0;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
