import assert from 'node:assert/strict';
import { parseActivityShape } from '../../../src/teams/activity-shape';
import {
  botAddedActivity,
  cardActionActivity,
  channel,
  messageActivity,
  persona,
} from '../../support/activities';

const SERVICE = 'https://smba.trafficmanager.net/uk/';
const message = (): Record<string, unknown> => messageActivity(SERVICE, persona.councillor, 'help');
const problemOf = (body: unknown): string | undefined => {
  const parsed = parseActivityShape(body);
  return parsed.ok ? undefined : parsed.problem;
};

describe('activity shape', () => {
  it('takes what Teams and the Agents Playground send', () => {
    const activities = [
      message(),
      messageActivity(SERVICE, persona.partnerships, 'report', channel),
      botAddedActivity(SERVICE, persona.councillor),
      cardActionActivity(SERVICE, persona.councillor, 'visit.save-step', { visitId: 'v1' }),
      {
        ...message(),
        timestamp: '2026-03-02T10:00:00.000Z',
        locale: 'en-GB',
        textFormat: 'plain',
        attachments: [{ contentType: 'text/html', content: '<p>help</p>' }],
        entities: [{ type: 'clientInfo', locale: 'en-GB', platform: 'Web' }],
        conversation: { ...(message().conversation as object), isGroup: false, name: 'Chat' },
        recipient: { id: '28:bot', name: 'Frontline Visits', role: 'bot' },
        value: null,
      },
      { type: 'typing' },
      { type: 'installationUpdate', action: 'add' },
      { type: 'event', name: 'application/vnd.microsoft.meetingStart', value: 42 },
    ];
    for (const activity of activities) assert.equal(problemOf(activity), undefined, JSON.stringify(activity));
  });

  it('answers the activity, typed', () => {
    const parsed = parseActivityShape(message());
    assert.ok(parsed.ok);
    assert.equal(parsed.value.type, 'message');
  });

  const refused: [string, unknown, string][] = [
    ['undefined', undefined, 'the body must be a JSON object'],
    ['null', null, 'the body must be a JSON object'],
    ['an array', [message()], 'the body must be a JSON object'],
    ['a number', 42, 'the body must be a JSON object'],
    ['a string', 'message', 'the body must be a JSON object'],
    ['{}', {}, 'type is missing'],
    ['type 42', { type: 42 }, 'type must be a non-empty string'],
    ['type []', { type: [] }, 'type must be a non-empty string'],
    ["type ''", { type: '' }, 'type must be a non-empty string'],
    ['type null', { type: null }, 'type is missing'],
    ['text 42', { ...message(), text: 42 }, 'text must be a string'],
    ['id 42', { ...message(), id: 42 }, 'id must be a string'],
    [
      'name {}',
      { ...cardActionActivity(SERVICE, persona.councillor, 'x', {}), name: {} },
      'name must be a string',
    ],
    ['locale []', { ...message(), locale: [] }, 'locale must be a string'],
    ['replyToId 1', { ...message(), replyToId: 1 }, 'replyToId must be a string'],
    ['channelId true', { ...message(), channelId: true }, 'channelId must be a string'],
    ['serviceUrl 42', { type: 'typing', serviceUrl: 42 }, 'serviceUrl must be an http(s) URL'],
    [
      'serviceUrl not http',
      { ...message(), serviceUrl: 'file:///etc/passwd' },
      'serviceUrl must be an http(s) URL',
    ],
    ["from 'x'", { ...message(), from: 'x' }, 'from must be an object'],
    ['from []', { ...message(), from: [] }, 'from must be an object'],
    ['from with no id', { ...message(), from: { name: 'x' } }, 'from.id is missing'],
    [
      'from.aadObjectId 42',
      { ...message(), from: { id: '29:x', aadObjectId: 42 } },
      'from.aadObjectId must be a string',
    ],
    ['recipient.id 42', { ...message(), recipient: { id: 42 } }, 'recipient.id must be a non-empty string'],
    [
      'conversation.id 42',
      { ...message(), conversation: { id: 42 } },
      'conversation.id must be a non-empty string',
    ],
    [
      'conversation.tenantId {}',
      { ...message(), conversation: { id: 'a:1', tenantId: {} } },
      'conversation.tenantId must be a string',
    ],
    [
      'conversation.isGroup "yes"',
      { ...message(), conversation: { id: 'a:1', isGroup: 'yes' } },
      'conversation.isGroup must be true or false',
    ],
    ["channelData 'x'", { ...message(), channelData: 'x' }, 'channelData must be an object'],
    ['channelData []', { ...message(), channelData: [] }, 'channelData must be an object'],
    ['entities {}', { ...message(), entities: {} }, 'entities must be an array'],
    ['entities [null]', { ...message(), entities: [null] }, 'entities[0] must be an object'],
    ["attachments 'x'", { ...message(), attachments: 'x' }, 'attachments must be an array'],
    [
      'membersAdded {}',
      { ...botAddedActivity(SERVICE, persona.councillor), membersAdded: {} },
      'membersAdded must be an array',
    ],
    [
      'membersAdded [{}]',
      { ...botAddedActivity(SERVICE, persona.councillor), membersAdded: [{}] },
      'membersAdded[0].id is missing',
    ],
    ['membersRemoved [1]', { type: 'typing', membersRemoved: [1] }, 'membersRemoved[0] must be an object'],
  ];
  for (const [name, body, problem] of refused) {
    it(`refuses ${name}: ${problem}`, () => assert.equal(problemOf(body), problem));
  }

  for (const type of ['message', 'invoke', 'conversationUpdate']) {
    for (const field of ['serviceUrl', 'from', 'recipient', 'conversation']) {
      it(`needs ${field} on ${type}, which the bot answers`, () => {
        const activity: Record<string, unknown> = { ...message(), type };
        delete activity[field];
        assert.equal(problemOf(activity), `${field} is missing`);
      });
    }
  }

  it('names the field, never its value', () => {
    assert.equal(problemOf({ ...message(), text: { secret: 'marker' } }), 'text must be a string');
  });

  it('takes null as absent in an optional field, and an entity without a type, as a channel may send them', () => {
    for (const body of [
      { ...message(), text: null, replyToId: null, attachments: null },
      { ...message(), entities: [{ type: 'mention' }, {}] },
    ]) {
      assert.deepEqual(parseActivityShape(body), { ok: true, value: body });
    }
  });
});
