import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { senderAadObjectId, typedText } from '../../../src/teams/activity-facts';

const BOT = { id: '28:bot', name: 'Frontline Visits' };
const activity = (fields: Record<string, unknown>): Partial<Activity> =>
  ({ type: 'message', recipient: BOT, ...fields }) as Partial<Activity>;

describe('activity facts', () => {
  it('typedText drops the @mention of the bot, as Teams sends it in a channel', () => {
    const mention = { type: 'mention', text: '<at>Frontline Visits</at>', mentioned: BOT };
    const sent = activity({ text: '<at>Frontline Visits</at> report 2025', entities: [mention] });
    assert.equal(typedText(sent), 'report 2025');
    assert.equal(sent.text, '<at>Frontline Visits</at> report 2025', 'the activity is left as it came');
  });

  it("typedText keeps someone else's mention, and text with no mention at all", () => {
    const other = { type: 'mention', text: '<at>Dana</at>', mentioned: { id: '29:dana' } };
    assert.equal(typedText(activity({ text: 'ask <at>Dana</at>', entities: [other] })), 'ask <at>Dana</at>');
    assert.equal(typedText(activity({ text: ' help ' })), ' help ');
  });

  it('typedText answers a string whatever the activity holds', () => {
    const odd = [
      activity({}),
      activity({ text: 42 }),
      activity({ text: 'help', entities: 'x' }),
      activity({ text: 'help', entities: [null, 42, { type: 42 }, { type: 'mention' }] }),
      activity({ text: 'help', entities: [{ type: 'mention', text: 42, mentioned: null }] }),
      activity({
        text: 'help',
        recipient: undefined,
        entities: [{ type: 'mention', text: 'x', mentioned: {} }],
      }),
    ];
    for (const a of odd) assert.equal(typeof typedText(a), 'string', JSON.stringify(a));
  });

  it('senderAadObjectId is lower case, and undefined unless it is a non-empty string', () => {
    assert.equal(senderAadObjectId(activity({ from: { id: '29:x', aadObjectId: 'ABC-1' } })), 'abc-1');
    for (const aadObjectId of [undefined, '', 42, null, {}]) {
      assert.equal(senderAadObjectId(activity({ from: { id: '29:x', aadObjectId } })), undefined);
    }
    assert.equal(senderAadObjectId(activity({})), undefined);
  });
});
