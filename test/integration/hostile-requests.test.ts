import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { BOT, cardActionActivity, messageActivity, persona } from '../support/activities';
import type { StandInConnector } from '../support/connector';
import { startSeededBot, type SeededBot } from '../support/seeded-bot';
import type { TestApp } from '../support/test-app';

type Activity = Record<string, unknown>;

/** One hostile POST to /api/messages and what it must be answered. */
interface Case {
  readonly name: string;
  /** The raw body, or an activity built on a good Teams message (the connector's URL, the councillor). */
  readonly body: string | Buffer | ((good: Activity) => unknown);
  readonly headers?: Record<string, string>;
  readonly status: 400 | 413 | 415;
  readonly error: RegExp;
}

const NOT_AN_ACTIVITY = /^Not a Bot Framework activity: /;
const JSON_TYPE = { 'content-type': 'application/json' };

const cases: Case[] = [
  { name: '{}', body: '{}', status: 400, error: /: type is missing$/ },
  { name: '[]', body: '[]', status: 400, error: /: the body must be a JSON object$/ },
  { name: 'null', body: 'null', status: 400, error: /: the body must be a JSON object$/ },
  { name: '42', body: '42', status: 400, error: /: the body must be a JSON object$/ },
  { name: 'a JSON string', body: '"text"', status: 400, error: /: the body must be a JSON object$/ },
  { name: 'type 42', body: '{"type":42}', status: 400, error: /: type must be a non-empty string$/ },
  { name: 'type []', body: '{"type":[]}', status: 400, error: /: type must be a non-empty string$/ },
  { name: "type ''", body: '{"type":""}', status: 400, error: /: type must be a non-empty string$/ },
  {
    name: 'a message with no conversation',
    body: ({ conversation: _, ...good }) => good,
    status: 400,
    error: /: conversation is missing$/,
  },
  { name: 'a bare message', body: '{"type":"message"}', status: 400, error: NOT_AN_ACTIVITY },
  {
    name: 'text 42',
    body: (good) => ({ ...good, text: 42 }),
    status: 400,
    error: /: text must be a string$/,
  },
  {
    name: "from 'x'",
    body: (good) => ({ ...good, from: 'x' }),
    status: 400,
    error: /: from must be an object$/,
  },
  {
    name: 'aadObjectId a number',
    body: (good) => ({ ...good, from: { ...(good.from as object), aadObjectId: 42 } }),
    status: 400,
    error: /: from.aadObjectId must be a string$/,
  },
  {
    name: 'a conversation id that is a number',
    body: (good) => ({ ...good, conversation: { ...(good.conversation as object), id: 42 } }),
    status: 400,
    error: /: conversation.id must be a non-empty string$/,
  },
  {
    name: "channelData 'x'",
    body: (good) => ({ ...good, channelData: 'x' }),
    status: 400,
    error: /: channelData must be an object$/,
  },
  {
    name: 'membersAdded {}',
    body: (good) => ({ ...good, type: 'conversationUpdate', membersAdded: {} }),
    status: 400,
    error: /: membersAdded must be an array$/,
  },
  {
    name: 'a serviceUrl that is not a URL',
    body: (good) => ({ ...good, serviceUrl: 'not a url' }),
    status: 400,
    error: /: serviceUrl must be an http\(s\) URL$/,
  },
  {
    name: 'form-encoded',
    body: 'type=message&text=hi',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    status: 415,
    error: /^Send the body as JSON/,
  },
  {
    name: 'text/plain',
    body: 'help',
    headers: { 'content-type': 'text/plain' },
    status: 415,
    error: /^Send the body as JSON/,
  },
  {
    name: 'a JSON activity with no content type',
    body: (good) => good,
    headers: {},
    status: 415,
    error: /^Send the body as JSON/,
  },
  {
    name: 'multipart/form-data',
    body: '--b\r\nContent-Disposition: form-data; name="type"\r\n\r\nmessage\r\n--b--\r\n',
    headers: { 'content-type': 'multipart/form-data; boundary=b' },
    status: 415,
    error: /^Send the body as JSON/,
  },
  { name: 'invalid JSON', body: '{"type":', status: 400, error: /^The body is not valid JSON\.$/ },
  {
    name: 'a 2 MB activity',
    body: (good) => ({ ...good, text: 'x'.repeat(2 * 1024 * 1024) }),
    status: 413,
    error: /^The body is larger than 1 MB\.$/,
  },
  {
    // restify's gzip reader has no error handler: a corrupt stream used to end the process.
    name: 'a corrupt gzip body',
    body: 'not gzip at all',
    headers: { ...JSON_TYPE, 'content-encoding': 'gzip' },
    status: 415,
    error: /^Send the body uncompressed\.$/,
  },
  {
    // ... and it does not limit the unzipped size: 20 KB here would have become 20 MB in memory.
    name: 'a gzip bomb',
    body: gzipSync(Buffer.alloc(20 * 1024 * 1024, ' ')),
    headers: { ...JSON_TYPE, 'content-encoding': 'gzip' },
    status: 415,
    error: /^Send the body uncompressed\.$/,
  },
];

describe('hostile requests to POST /api/messages', () => {
  let seeded: SeededBot | undefined;
  let bot: TestApp;
  let connector: StandInConnector;

  before(async () => {
    seeded = await startSeededBot();
    ({ bot, connector } = seeded);
  });
  after(async () => seeded?.stop());
  beforeEach(() => connector.clear());

  const good = (): Activity => messageActivity(connector.url, persona.councillor, 'help');
  const post = (body: string | Buffer, headers: Record<string, string> = JSON_TYPE): Promise<Response> =>
    fetch(`${bot.baseUrl}/api/messages`, { method: 'POST', headers, body });

  for (const c of cases) {
    it(`${c.name}: ${c.status} with a short JSON error, and nothing sent`, async () => {
      const body = typeof c.body === 'function' ? JSON.stringify(c.body(good())) : c.body;
      const response = await post(body, c.headers);
      const text = await response.text();
      assert.equal(response.status, c.status, text);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
      const { error, ...rest } = JSON.parse(text) as { error?: unknown };
      assert.deepEqual(rest, {}, 'only an error');
      assert.equal(typeof error, 'string');
      assert.match(String(error), c.error);
      assert.ok(String(error).length < 100, `short: ${String(error)}`);
      assert.doesNotMatch(String(error), /Error|validateAndFix|node_modules|\bat \S+ \(|Unexpected|exceeds/);
      assert.deepEqual(connector.replies(), []);
    });
  }

  it('logs a refusal in one line with the activity id, never the body', async () => {
    const activity: Activity = { ...good(), text: 42, locale: 'secret-marker' };
    assert.equal((await post(JSON.stringify(activity))).status, 400);
    const line = bot.logs.at(-1) ?? '';
    assert.match(line, /WARN {2}Refused a request that is not a Bot Framework activity/);
    assert.match(line, new RegExp(`"activityId":"${String(activity.id)}"`));
    assert.doesNotMatch(line, /secret-marker|help/);
  });

  it('answers malformed card, search and consent values without a failed turn', async () => {
    const invoke = (name: string, value: unknown): Activity => ({
      ...cardActionActivity(connector.url, persona.partnerships, 'visit.save-step', {}),
      name,
      value,
    });
    const before = bot.logs.length;
    const values: [string, unknown][] = [
      ['adaptiveCard/action', null],
      ['adaptiveCard/action', 42],
      ['adaptiveCard/action', { action: 'x' }],
      ['adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'visit.save-step', data: [] } }],
      [
        'adaptiveCard/action',
        { action: { type: 'Action.Execute', verb: 'visit.save-step', data: { stepId: 42 } } },
      ],
      ['application/search', 'x'],
      ['application/search', { dataset: 'councillors', queryText: 42, queryOptions: 'x' }],
      ['fileConsent/invoke', null],
      ['fileConsent/invoke', { action: 'accept', context: 42, uploadInfo: 'x' }],
    ];
    for (const [name, value] of values) {
      const response = await post(JSON.stringify(invoke(name, value)));
      assert.equal(response.status, 200, `${name} ${JSON.stringify(value)}: ${await response.text()}`);
    }
    const mentions = [
      [{ type: 'mention' }],
      [{ type: 'mention', mentioned: null, text: 42 }],
      [{ type: 'mention', mentioned: BOT, text: `<at>${BOT.name}</at>` }],
    ];
    for (const entities of mentions) {
      const message: Activity = { ...good(), entities };
      delete message.text;
      assert.equal((await post(JSON.stringify(message))).status, 200);
    }
    assert.deepEqual(
      bot.logs.slice(before).filter((line) => /ERROR/.test(line)),
      [],
    );
  });

  it('still serves a good message afterwards', async () => {
    const response = await post(JSON.stringify(good()));
    assert.equal(response.status, 200);
    assert.equal(connector.replies().length, 1, 'the bot answers help');
  });
});
